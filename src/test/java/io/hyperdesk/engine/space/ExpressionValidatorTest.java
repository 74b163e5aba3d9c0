package io.hyperdesk.engine.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-built records, as the GUI's forms make them, get the parser's words. */
class ExpressionValidatorTest {

    @Test
    void validRecordsHaveNoProblems() {
        for (ParameterExpression expression : List.of(new Choice(List.of(1L, "a", true, 2.5)), new RandInt(1),
                new Uniform(0, 1), new LogUniform(-16, 0), new Normal(0, 1e-9), new LogNormal(0, 1),
                new QUniform(1, 10, 4), new QLogUniform(0, 4.6, 1), new QNormal(0, 1, 0.5), new QLogNormal(0, 1, 1))) {
            assertEquals(List.of(), ExpressionValidator.problems(expression), expression::toString);
        }
    }

    @Test
    void sameWordsAsTheParser() {
        assertEquals(List.of("low must be below high; bounds are natural logs, e.g. loguniform(-9.2, -2.3) for 1e-4..0.1"),
                ExpressionValidator.problems(new LogUniform(-1, -6)));
        assertEquals(ExpressionParser.parse("p", "normal(0, -1)").invalid().orElseThrow().problem(),
                ExpressionValidator.problems(new Normal(0, -1)).get(0));
    }

    @Test
    void reportsEveryProblem() {
        List<String> problems = ExpressionValidator.problems(new QUniform(Double.NaN, 1, 0));
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("low must be a finite number, got nan"));
        assertTrue(problems.get(1).startsWith("q must be above 0"));
        assertTrue(ExpressionValidator.problems(new Uniform(0, Double.POSITIVE_INFINITY)).get(0)
                .startsWith("high must be a finite number, got inf"));
        assertTrue(ExpressionValidator.problems(new RandInt(0)).get(0).startsWith("upper must be above 0"));
        assertTrue(ExpressionValidator.problems(new QLogNormal(0, Double.NaN, 1)).get(0).startsWith("sigma must be above 0"));
        assertTrue(ExpressionValidator.problems(new Normal(Double.NEGATIVE_INFINITY, 1)).get(0).startsWith("mu must be a finite number"));
    }

    @Test
    void choiceValuesMustBeOfTheFourTypesFiniteAndDistinct() {
        List<Object> values = new ArrayList<>(Arrays.asList(1, 2L));
        assertTrue(ExpressionValidator.problems(new Choice(values)).get(0).contains("value 0 is a Integer"));
        assertTrue(ExpressionValidator.problems(new Choice(List.of(Double.NaN))).get(0).contains("nan is not a finite number"));
        assertTrue(ExpressionValidator.problems(new Choice(List.of(2L, 2.0))).get(0).contains("value 2.0 appears twice"));
        assertTrue(ExpressionValidator.problems(new Choice(List.of(0.0, -0.0))).get(0).contains("appears twice"));
        assertEquals(List.of(), ExpressionValidator.problems(new Choice(List.of(1L, true, "1", "True"))));
    }
}
