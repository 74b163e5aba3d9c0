package io.hyperdesk.gui.design;

import io.hyperdesk.engine.space.ExpressionError;
import io.hyperdesk.engine.space.ExpressionParser;
import io.hyperdesk.engine.space.ExpressionResult;
import io.hyperdesk.engine.space.ParameterExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One parameter in the search-space editor: its name, a kind with argument fields, and the same
 * expression as HyperDrive text, kept in sync both ways. Editing a field rewrites the text;
 * typing a valid text refills the form; an invalid text leaves the form alone and shows the
 * parser's message (SPEC E13, the words {@code validate} prints).
 *
 * <p>Lives on the UI thread; holds properties only, so tests use it without a toolkit.
 */
public final class ParameterViewModel {

    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<ParameterKind> kind = new SimpleObjectProperty<>(this, "kind", ParameterKind.UNIFORM);
    private final List<StringProperty> arguments = new ArrayList<>();
    private final BooleanProperty naturalUnits = new SimpleBooleanProperty(this, "naturalUnits", false);
    private final StringProperty expressionText = new SimpleStringProperty(this, "expressionText", "");
    private final ReadOnlyObjectWrapper<ParameterExpression> expression = new ReadOnlyObjectWrapper<>(this, "expression");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper errorArgument = new ReadOnlyIntegerWrapper(this, "errorArgument", -1);
    private final ReadOnlyStringWrapper naturalRange = new ReadOnlyStringWrapper(this, "naturalRange", "");

    /** Told of every user edit with a key naming the field, so undo can merge a run of keystrokes. */
    private Consumer<String> onEdit = key -> { };
    /** True while the view model itself writes its properties (no echo, no undo step). */
    private boolean syncing;
    private ParameterExpression lastValid;
    private ExpressionForm.Built lastBuilt;

    public ParameterViewModel(ParameterDraft draft) {
        for (int i = 0; i < ParameterKind.MAX_ARGUMENTS; i++) {
            arguments.add(new SimpleStringProperty(this, "argument" + i, ""));
        }
        restore(draft);
        name.addListener((o, was, now) -> edited("name"));
        kind.addListener((o, was, now) -> {
            if (!syncing && now != null) {
                switchKind(was, now);
                edited("kind");
            }
        });
        for (int i = 0; i < arguments.size(); i++) {
            String key = "argument" + i;
            arguments.get(i).addListener((o, was, now) -> {
                if (!syncing) {
                    formChanged();
                    edited(key);
                }
            });
        }
        naturalUnits.addListener((o, was, now) -> {
            if (!syncing) {
                convertUnits(now);
                edited("naturalUnits");
            }
        });
        expressionText.addListener((o, was, now) -> {
            if (!syncing) {
                textChanged();
                edited("text");
            }
        });
    }

    /** A new parameter {@code name} of {@code kind} with the kind's default arguments. */
    public static ParameterViewModel of(String name, ParameterKind kind) {
        List<String> fields = ExpressionForm.switchFields(null, List.of("", "", ""), kind, false);
        String text = ExpressionForm.build(kind, fields, false, null).text();
        return new ParameterViewModel(new ParameterDraft(name, kind, fields, false, text));
    }

    /** A parameter read from expression text (a loaded sweep.json); the form follows when it parses. */
    public static ParameterViewModel fromText(String name, String text) {
        ParameterViewModel parameter = of(name, ParameterKind.UNIFORM);
        parameter.syncing = true;
        parameter.expressionText.set(text);
        parameter.syncing = false;
        parameter.textChanged();
        return parameter;
    }

    void setOnEdit(Consumer<String> onEdit) {
        this.onEdit = onEdit;
    }

    private void edited(String field) {
        if (!syncing) {
            onEdit.accept("parameter" + id + "." + field);
        }
    }

    private void formChanged() {
        List<String> fields = argumentTexts();
        ExpressionForm.Built built = ExpressionForm.build(kind.get(), fields, naturalUnits.get(), lastValid);
        if (built.hasProblem()) {
            lastBuilt = null;
            expression.set(null);
            error.set(built.problem());
            errorArgument.set(built.problemArgument());
            naturalRange.set("");
            return;
        }
        lastBuilt = built;
        syncing = true;
        expressionText.set(built.text());
        syncing = false;
        parse();
    }

    private void textChanged() {
        lastBuilt = null;
        parse();
        ParameterExpression parsed = expression.get();
        if (parsed != null) {
            fillForm(parsed);
        }
    }

    private void parse() {
        ExpressionResult result = ExpressionParser.parse(name.get(), expressionText.get());
        if (result instanceof ExpressionResult.Parsed parsed) {
            lastValid = parsed.expression();
            expression.set(parsed.expression());
            error.set("");
            errorArgument.set(-1);
        } else {
            ExpressionError problem = ((ExpressionResult.Invalid) result).error();
            expression.set(null);
            error.set(problem.message());
            errorArgument.set(lastBuilt == null || problem.column() < 0 ? -1 : lastBuilt.argumentAt(problem.column()));
        }
        naturalRange.set(NaturalRange.describe(expression.get()));
    }

    private void fillForm(ParameterExpression parsed) {
        syncing = true;
        kind.set(ParameterKind.of(parsed));
        List<String> fields = ExpressionForm.fields(parsed, naturalUnits.get());
        for (int i = 0; i < arguments.size(); i++) {
            arguments.get(i).set(fields.get(i));
        }
        syncing = false;
    }

    private void switchKind(ParameterKind from, ParameterKind to) {
        List<String> fields = ExpressionForm.switchFields(from, argumentTexts(), to, naturalUnits.get());
        syncing = true;
        for (int i = 0; i < arguments.size(); i++) {
            arguments.get(i).set(fields.get(i));
        }
        syncing = false;
        formChanged();
    }

    /** Shows the natural-units fields in the new units; the expression itself does not change. */
    private void convertUnits(boolean natural) {
        ParameterKind current = kind.get();
        syncing = true;
        for (int i = 0; i < current.naturalArguments(); i++) {
            StringProperty field = arguments.get(i);
            var value = NaturalNumbers.parse(field.get());
            double[] exact = lastValid != null && ParameterKind.of(lastValid) == current
                    ? ExpressionForm.numbers(lastValid) : null;
            if (natural && value.isPresent()) {
                field.set(NaturalNumbers.field(Math.exp(value.getAsDouble())));
            } else if (!natural && exact != null && NaturalNumbers.field(Math.exp(exact[i])).equals(field.get().trim())) {
                field.set(io.hyperdesk.engine.space.NumberText.compact(exact[i]));
            } else if (!natural && value.isPresent() && value.getAsDouble() > 0) {
                field.set(io.hyperdesk.engine.space.NumberText.compact(Math.log(value.getAsDouble())));
            }
        }
        syncing = false;
    }

    /** The parameter as it stands, for undo and saving. */
    public ParameterDraft toDraft() {
        return new ParameterDraft(name.get(), kind.get(), argumentTexts(), naturalUnits.get(), expressionText.get());
    }

    /** Puts the parameter back to {@code draft} without recording an edit. */
    public void restore(ParameterDraft draft) {
        syncing = true;
        name.set(draft.name());
        kind.set(draft.kind());
        for (int i = 0; i < arguments.size(); i++) {
            arguments.get(i).set(draft.arguments().get(i));
        }
        naturalUnits.set(draft.naturalUnits());
        expressionText.set(draft.expressionText());
        syncing = false;
        ExpressionForm.Built built = ExpressionForm.build(draft.kind(), draft.arguments(), draft.naturalUnits(), null);
        lastBuilt = built.text() != null && built.text().equals(draft.expressionText()) ? built : null;
        parse();
    }

    private List<String> argumentTexts() {
        List<String> texts = new ArrayList<>();
        for (StringProperty argument : arguments) {
            texts.add(argument.get() == null ? "" : argument.get());
        }
        return texts;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ParameterKind> kindProperty() {
        return kind;
    }

    /** Argument field {@code index} (0..2); which ones the kind uses is {@link ParameterKind#arguments()}. */
    public StringProperty argumentProperty(int index) {
        return arguments.get(index);
    }

    public BooleanProperty naturalUnitsProperty() {
        return naturalUnits;
    }

    public StringProperty expressionTextProperty() {
        return expressionText;
    }

    /** The valid expression, or null while the parameter has an error. */
    public ReadOnlyObjectProperty<ParameterExpression> expressionProperty() {
        return expression.getReadOnlyProperty();
    }

    /** The expression's problem in {@code validate}'s words ({@code <text>: <problem>}); empty when valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The argument field the error is about, or -1 when it is about the text as a whole. */
    public ReadOnlyIntegerProperty errorArgumentProperty() {
        return errorArgument.getReadOnlyProperty();
    }

    /** For the log kinds, the range (e^low … e^high) or median (e^mu) in natural units, e.g. {@code = 0.0001 … 0.1}. */
    public ReadOnlyStringProperty naturalRangeProperty() {
        return naturalRange.getReadOnlyProperty();
    }

    public String name() {
        return name.get();
    }

    public ParameterExpression expression() {
        return expression.get();
    }

    public String error() {
        return error.get();
    }
}
