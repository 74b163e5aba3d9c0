package io.hyperdesk.gui.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.ExpressionParser;
import io.hyperdesk.engine.space.LogNormal;
import io.hyperdesk.engine.space.LogUniform;
import io.hyperdesk.engine.space.NumberText;
import io.hyperdesk.engine.space.QUniform;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The parameter form: every kind, text and form in sync both ways, natural units, validate's messages. */
class ParameterViewModelTest {

    private static String validateMessage(String name, String text) {
        return ExpressionParser.parse(name, text).invalid().orElseThrow().message();
    }

    @ParameterizedTest
    @EnumSource(ParameterKind.class)
    void choosingAKindWritesItsDefaultExpressionAndParsesIt(ParameterKind kind) {
        ParameterViewModel parameter = ParameterViewModel.of("p", kind == ParameterKind.CHOICE
                ? ParameterKind.UNIFORM : ParameterKind.CHOICE);
        parameter.kindProperty().set(kind);

        assertEquals(kind, ParameterKind.of(parameter.expression()));
        assertTrue(parameter.expressionTextProperty().get().startsWith(kind.text() + "("));
        assertEquals("", parameter.error());
        for (int i = 0; i < kind.arguments().size(); i++) {
            assertEquals(kind.defaults().get(i), parameter.argumentProperty(i).get());
        }
    }

    @ParameterizedTest
    @EnumSource(ParameterKind.class)
    void editingEachArgumentRewritesTheText(ParameterKind kind) {
        ParameterViewModel parameter = ParameterViewModel.of("p", kind);
        int last = kind.arguments().size() - 1;
        String value = kind == ParameterKind.CHOICE ? "\"relu\", \"tanh\"" : kind == ParameterKind.RANDINT ? "7" : "40";
        parameter.argumentProperty(last).set(value);

        List<String> fields = new ArrayList<>(kind.defaults());
        fields.set(last, value);
        assertEquals(kind.text() + "(" + String.join(", ", fields) + ")", parameter.expressionTextProperty().get());
        assertNotNull(parameter.expression(), parameter.error());
    }

    @Test
    void aValidTextRefillsTheFormAndAnInvalidOneLeavesIt() {
        ParameterViewModel parameter = ParameterViewModel.of("lr", ParameterKind.UNIFORM);
        parameter.expressionTextProperty().set("qloguniform(0, 4.6, 2)");
        assertEquals(ParameterKind.QLOGUNIFORM, parameter.kindProperty().get());
        assertEquals(List.of("0", "4.6", "2"), List.of(parameter.argumentProperty(0).get(),
                parameter.argumentProperty(1).get(), parameter.argumentProperty(2).get()));

        parameter.expressionTextProperty().set("qloguniform(0, 4.6");
        assertNull(parameter.expression());
        assertEquals(validateMessage("lr", "qloguniform(0, 4.6"), parameter.error());
        assertEquals("4.6", parameter.argumentProperty(1).get());
        assertEquals(-1, parameter.errorArgumentProperty().get());
    }

    @Test
    void aFormErrorIsValidatesMessageAndPointsAtItsField() {
        ParameterViewModel parameter = ParameterViewModel.of("learning_rate", ParameterKind.LOGUNIFORM);
        parameter.argumentProperty(0).set("-1");
        parameter.argumentProperty(1).set("-6");

        assertEquals("loguniform(-1, -6)", parameter.expressionTextProperty().get());
        assertEquals(validateMessage("learning_rate", "loguniform(-1, -6)"), parameter.error());
        assertTrue(parameter.error().contains("low must be below high; bounds are natural logs"), parameter.error());
        assertEquals(0, parameter.errorArgumentProperty().get());

        parameter.argumentProperty(2).set("ignored");
        parameter.kindProperty().set(ParameterKind.QUNIFORM);
        parameter.argumentProperty(2).set("0");
        assertEquals(2, parameter.errorArgumentProperty().get());
        assertTrue(parameter.error().contains("q must be above 0"), parameter.error());
    }

    @Test
    void choiceValuesAreTheTextBetweenTheParentheses() {
        ParameterViewModel parameter = ParameterViewModel.of("batch", ParameterKind.CHOICE);
        parameter.argumentProperty(0).set("range(1, 5)");
        assertEquals(List.of(1L, 2L, 3L, 4L), ((Choice) parameter.expression()).values());

        parameter.expressionTextProperty().set("choice(['relu', 'tanh'])");
        assertEquals("[\"relu\", \"tanh\"]", parameter.argumentProperty(0).get());

        parameter.argumentProperty(0).set("1, 1");
        assertEquals(validateMessage("batch", "choice(1, 1)"), parameter.error());
    }

    @Test
    void naturalUnitsShowTheRealRangeAndTypedBoundsBecomeNaturalLogs() {
        ParameterViewModel parameter = ParameterViewModel.of("lr", ParameterKind.LOGUNIFORM);
        String before = parameter.expressionTextProperty().get();
        parameter.naturalUnitsProperty().set(true);

        assertEquals("0.0001010394018", parameter.argumentProperty(0).get());
        assertEquals("0.1002588437", parameter.argumentProperty(1).get());
        assertEquals(before, parameter.expressionTextProperty().get(), "switching units changes no value");

        parameter.argumentProperty(1).set("0.1");
        LogUniform edited = (LogUniform) parameter.expression();
        assertEquals(-9.2, edited.low(), 0.0, "the untouched bound keeps its exact value");
        assertEquals(Math.log(0.1), edited.high(), 0.0);
        assertEquals("loguniform(-9.2, " + NumberText.compact(Math.log(0.1)) + ")", parameter.expressionTextProperty().get());
        assertEquals("= 0.000101 … 0.1", parameter.naturalRangeProperty().get());

        parameter.argumentProperty(0).set("1e-4");
        parameter.naturalUnitsProperty().set(false);
        assertEquals(NumberText.compact(Math.log(1e-4)), parameter.argumentProperty(0).get());
        assertEquals(Math.log(1e-4), ((LogUniform) parameter.expression()).low(), 0.0);
    }

    @Test
    void aNaturalBoundMustBePositive() {
        ParameterViewModel parameter = ParameterViewModel.of("lr", ParameterKind.LOGUNIFORM);
        parameter.naturalUnitsProperty().set(true);
        parameter.argumentProperty(0).set("-0.5");

        assertNull(parameter.expression());
        assertEquals(0, parameter.errorArgumentProperty().get());
        assertTrue(parameter.error().startsWith("e^low must be above 0 in natural units"), parameter.error());
    }

    @Test
    void lognormalShowsItsMedianInNaturalUnits() {
        ParameterViewModel parameter = ParameterViewModel.of("width", ParameterKind.LOGNORMAL);
        parameter.naturalUnitsProperty().set(true);
        parameter.argumentProperty(0).set("100");

        assertEquals(Math.log(100), ((LogNormal) parameter.expression()).mu(), 0.0);
        assertEquals("median (e^mu)", ParameterKind.LOGNORMAL.label(0, true));
        assertEquals("median 100", parameter.naturalRangeProperty().get());
    }

    @Test
    void switchingBetweenRelatedKindsKeepsTheBounds() {
        ParameterViewModel parameter = ParameterViewModel.of("units", ParameterKind.UNIFORM);
        parameter.expressionTextProperty().set("uniform(8, 256)");
        parameter.kindProperty().set(ParameterKind.QUNIFORM);
        assertEquals(new QUniform(8, 256, 1), parameter.expression());

        parameter.kindProperty().set(ParameterKind.NORMAL);
        assertEquals("normal(0, 1)", parameter.expressionTextProperty().get());
    }

    @Test
    void everyUserEditIsReportedWithItsFieldAndRestoreIsNot() {
        ParameterViewModel parameter = ParameterViewModel.of("p", ParameterKind.UNIFORM);
        List<String> keys = new ArrayList<>();
        parameter.setOnEdit(keys::add);
        parameter.argumentProperty(0).set("0.01");
        parameter.nameProperty().set("q");
        parameter.expressionTextProperty().set("uniform(0, 2)");
        assertEquals(3, keys.size());
        assertTrue(keys.get(0).endsWith(".argument0") && keys.get(1).endsWith(".name") && keys.get(2).endsWith(".text"), keys.toString());

        ParameterDraft draft = parameter.toDraft();
        parameter.restore(ParameterViewModel.of("x", ParameterKind.CHOICE).toDraft());
        assertEquals(3, keys.size());
        parameter.restore(draft);
        assertEquals(draft, parameter.toDraft());
        assertInstanceOf(io.hyperdesk.engine.space.Uniform.class, parameter.expression());
    }
}
