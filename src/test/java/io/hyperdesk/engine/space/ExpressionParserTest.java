package io.hyperdesk.engine.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

    private static ParameterExpression parse(String text) {
        return ExpressionParser.parse("p", text).orElseThrow();
    }

    private static ExpressionError error(String text) {
        ExpressionResult result = ExpressionParser.parse("p", text);
        return assertInstanceOf(ExpressionResult.Invalid.class, result, text).error();
    }

    @Test
    void specE13MessageWordForWord() {
        ExpressionError error = error("loguniform(-1, -6)");
        assertEquals("learning_rate: loguniform(-1, -6): low must be below high; bounds are natural logs, "
                        + "e.g. loguniform(-9.2, -2.3) for 1e-4..0.1",
                ExpressionParser.parse("learning_rate", "loguniform(-1, -6)").invalid().orElseThrow().toString());
        assertEquals("loguniform(-1, -6): low must be below high; bounds are natural logs, "
                + "e.g. loguniform(-9.2, -2.3) for 1e-4..0.1", error.message());
        assertEquals(11, error.column());
        assertEquals("loguniform(-1, -6)\n           ^", error.pointer());
    }

    @Test
    void readsEveryKind() {
        assertEquals(new Choice(List.of(16L, 32L, 64L)), parse("choice(16, 32, 64)"));
        assertEquals(new Choice(List.of(16L, 32L), Choice.Form.LIST), parse("choice([16, 32])"));
        assertEquals(new Choice(List.of(1L, 2L, 3L, 4L), Choice.Form.RANGE), parse("choice(range(1, 5))"));
        assertEquals(new Choice(List.of("relu", "tanh")), parse("choice(\"relu\", 'tanh')"));
        assertEquals(new Choice(List.of(true, false)), parse("choice(True, False)"));
        assertEquals(new Choice(List.of(1L, 2.0, "x", true)), parse("choice(1, 2.0, \"x\", True)"));
        assertEquals(new RandInt(10), parse("randint(10)"));
        assertEquals(new Uniform(0.05, 0.1), parse("uniform(0.05, 0.1)"));
        assertEquals(new LogUniform(-9.2, -2.3), parse("loguniform(-9.2, -2.3)"));
        assertEquals(new Normal(0, 1), parse("normal(0, 1)"));
        assertEquals(new LogNormal(-1, 0.5), parse("lognormal(-1, .5)"));
        assertEquals(new QUniform(1, 10, 4), parse("quniform(1, 10, 4)"));
        assertEquals(new QLogUniform(0, 4.6, 1), parse("qloguniform(0, 4.6, 1)"));
        assertEquals(new QNormal(0, 1, 0.5), parse("qnormal(0, 1, 0.5)"));
        assertEquals(new QLogNormal(0, 1, 1), parse("qlognormal(0, 1, 1)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e-3 | 0.001",
        "-2.3 | -2.3",
        ".5 | 0.5",
        "+3 | 3.0",
        "5. | 5.0",
        "1E+2 | 100.0",
        "-0.0 | -0.0",
    })
    void readsPythonNumbers(String literal, double expected) {
        assertEquals(new Uniform(expected, 1000), parse("uniform(" + literal + ", 1000)"));
    }

    @Test
    void integersStayLongsAndRealsDoubles() {
        assertEquals(List.of(3L, 4.0, 1000.0, -7L, true), ((Choice) parse("choice(+3, 4.0, 1e3, -7, true)")).values());
    }

    @Test
    void toleratesWhitespaceAndTrailingCommas() {
        assertEquals(new Uniform(-2.3, 0.001), parse(" \t uniform ( -2.3 ,\n 1e-3 ) \n"));
        assertEquals(new Choice(List.of(1L, 2L)), parse("choice(1, 2,)"));
        assertEquals(new Choice(List.of(1L, 2L), Choice.Form.LIST), parse("choice( [ 1 , 2 , ] )"));
    }

    @Test
    void readsRangesAsPythonDoes() {
        assertEquals(List.of(0L, 1L, 2L), ((Choice) parse("choice(range(3))")).values());
        assertEquals(List.of(0L, 3L, 6L, 9L), ((Choice) parse("choice(range(0, 10, 3))")).values());
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), ((Choice) parse("choice(range(5, 0, -1))")).values());
        assertEquals(List.of(-2L, 0L), ((Choice) parse("choice(range(-2, 1, 2))")).values());
    }

    @Test
    void readsStringEscapes() {
        assertEquals(List.of("a\nb", "c\"d", "it's", "\u0001", "back\\slash", "é"),
                ((Choice) parse("choice(\"a\\nb\", \"c\\\"d\", 'it\\'s', \"\\x01\", 'back\\\\slash', \"\\u00e9\")")).values());
    }

    @Test
    void integralRandintUpperIsAccepted() {
        assertEquals(new RandInt(10), parse("randint(10.0)"));
        assertEquals(new RandInt(1000), parse("randint(1e3)"));
    }

    /** Each malformed text with its column and a fragment of its problem. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`` | -1 | the expression is empty",
        "`   ` | -1 | the expression is empty",
        "unifrom(0, 1) | 0 | unknown function 'unifrom'; did you mean uniform?",
        "loguniorm(0, 1) | 0 | did you mean loguniform?",
        "chioce(1, 2) | 0 | did you mean choice?",
        "qnromal(0, 1, 1) | 0 | did you mean qnormal?",
        "Uniform(0, 1) | 0 | did you mean uniform? Names are lower case",
        "foo(1) | 0 | unknown function 'foo'; use one of choice, randint, uniform",
        "range(1, 5) | 0 | range(…) goes inside choice",
        "(uniform(0, 1)) | 0 | expected an expression such as",
        "42 | 0 | expected an expression such as",
        "uniform | 7 | expected '(' after uniform, e.g. uniform(0.05, 0.1)",
        "uniform[0, 1] | 7 | expected '(' after uniform",
        "uniform(0, 1, 2) | 14 | uniform takes 2 arguments (low, high), got 3",
        "uniform(0) | 9 | uniform takes 2 arguments (low, high), got 1",
        "randint() | 8 | randint takes 1 argument (upper), got 0",
        "quniform(0, 1) | 13 | quniform takes 3 arguments (low, high, q), got 2",
        "normal(0, 1, 2, 3) | 13 | normal takes 2 arguments (mu, sigma), got 4",
        "uniform(§a§, 1) | 8 | low must be a number, got the string \"a\"",
        "uniform(0, True) | 11 | high must be a number, got True",
        "normal([0], 1) | 7 | mu must be a number, got a list",
        "qnormal(0, 1, range(3)) | 14 | q must be a number, got a range",
        "randint(2.5) | 8 | upper must be an integer, got 2.5",
        "randint(0) | 8 | upper must be above 0, got 0, e.g. randint(10) for 0..9",
        "randint(-3) | 8 | upper must be above 0, got -3",
        "uniform(1, 1) | 8 | low must be below high, e.g. uniform(0.05, 0.1)",
        "uniform(2, 1) | 8 | low must be below high",
        "quniform(10, 1, 1) | 9 | low must be below high, e.g. quniform(1, 10, 1)",
        "qloguniform(5, 0, 1) | 12 | low must be below high; bounds are natural logs, e.g. qloguniform(0, 4.6, 1) for 1..100",
        "loguniform(0, 1000) | 14 | high must be at most 709",
        "normal(0, 0) | 10 | sigma must be above 0 and finite, got 0; it is the standard deviation, e.g. normal(0, 1)",
        "lognormal(0, -1) | 13 | sigma must be above 0 and finite, got -1; it is the standard deviation of the log",
        "qnormal(0, -0.5, 1) | 11 | sigma must be above 0",
        "quniform(0, 1, 0) | 15 | q must be above 0 and finite, got 0; values are rounded to multiples of q",
        "qlognormal(0, 1, -1) | 17 | q must be above 0",
        "choice() | 7 | choice needs at least one value, e.g. choice(16, 32, 64)",
        "choice([]) | 7 | choice needs at least one value; the list is empty",
        "choice([1, 2], 3) | 7 | a list must be choice's only argument",
        "choice(1, [2, 3]) | 10 | a list must be choice's only argument",
        "choice(1, range(3)) | 10 | range(…) must be choice's only argument",
        "choice(range(3), range(4)) | 7 | range(…) must be choice's only argument",
        "choice(range(1, 10, 0)) | 7 | range step must not be 0",
        "choice(range(5, 1)) | 7 | range(5, 1) is empty; start must be below stop",
        "choice(range(1, 5, -1)) | 7 | with a negative step start must be above stop",
        "choice(range(0)) | 7 | range(0) is empty",
        "choice(range(1.5, 3)) | 13 | range arguments must be integers, got 1.5",
        "choice(range(§a§, 3)) | 13 | range arguments must be integers, got the string \"a\"",
        "choice(range()) | 7 | range takes 1 to 3 integers",
        "choice(range(1, 2, 3, 4)) | 7 | range takes 1 to 3 integers",
        "choice(range(0, 1000000000)) | 7 | has 1000000000 values; a choice holds at most 100000",
        "choice(range(1, 5) | 18 | missing ')' to close 'choice(' at column 6",
        "choice(range(1, 5 | 17 | missing ')' to close 'range(' at column 12",
        "uniform(0, 1 | 12 | missing ')' to close 'uniform(' at column 7",
        "uniform(0, 1)) | 13 | unbalanced ')' after the expression; remove it",
        "uniform(0, 1) x | 14 | unexpected text after the expression: 'x'; remove it",
        "uniform(0, 1); rm -rf ~ | 13 | unexpected text after the expression",
        "choice([1, 2 | 12 | missing ']' to close the list '[' at column 7",
        "choice([1, 2) | 12 | found ')' where ']' closes the list '[' at column 7",
        "choice(1, 2] | 11 | found ']' where ')' closes 'choice(' at column 6",
        "choice(]) | 7 | unbalanced ']'",
        "choice(§abc) | 7 | the string starting here has no closing §",
        "choice('abc) | 7 | the string starting here has no closing '",
        "choice(§a\\q§) | 9 | unknown escape \\q in a string",
        "choice(§a\\x4§) | 9 | needs 2 hex digits",
        "choice(1,,2) | 9 | missing value before ','",
        "choice(,) | 7 | missing value before ','",
        "choice(1 2) | 9 | expected ',' or ')' after the value, found '2'",
        "choice(1.2.3) | 7 | malformed number '1.2.3'",
        "choice(1e) | 7 | malformed number '1e': the exponent needs digits",
        "choice(1_000) | 7 | malformed number '1_000'",
        "choice(0x10) | 7 | malformed number '0x10'",
        "choice(-) | 7 | expected a number",
        "choice(--1) | 7 | expected a number",
        "uniform(0, 1e999) | 11 | number 1e999 is too large",
        "choice(99999999999999999999) | 7 | integer 99999999999999999999 is too large",
        "choice(None) | 7 | None is not a value",
        "choice(relu, tanh) | 7 | unknown name 'relu'; strings need quotes, e.g. \"relu\"",
        "choice(uniform(0, 1)) | 7 | expressions cannot be nested: uniform(…) cannot be an argument of choice(…)",
        "choice(foo(1)) | 7 | unknown function 'foo' inside choice(…)",
        "uniform(low=0, high=1) | 8 | keyword arguments are not supported; give the values in order, e.g. uniform(0.05, 0.1)",
        "choice([[1]]) | 8 | a list inside a list is not allowed",
        "choice([range(3)]) | 8 | range(…) cannot be inside a list",
        "choice(1, 1.0) | 10 | value 1.0 appears twice in the choice; list each value once",
        "choice(§a§, §b§, §a§) | 17 | value \"a\" appears twice",
        "choice(1, @) | 10 | unexpected '@'",
    })
    void refusesMalformedTextWithASpecificMessage(String written, int column, String writtenFragment) {
        // § stands for a double quote, which the CSV source cannot hold
        String text = written.replace('§', '"');
        String fragment = writtenFragment.replace('§', '"');
        ExpressionError error = error(text);
        assertTrue(error.problem().contains(fragment), () -> "expected \"" + fragment + "\" in: " + error);
        assertEquals(column, error.column(), () -> "column of: " + error);
        assertEquals("p", error.parameter());
        assertEquals(text, error.text());
        assertEquals("p: " + text + ": " + error.problem(), error.toString());
        assertFalse(error.problem().contains("Exception"), error::toString);
    }

    @Test
    void nullTextIsEmpty() {
        ExpressionError error = ExpressionParser.parse(null, null).invalid().orElseThrow();
        assertTrue(error.problem().startsWith("the expression is empty"));
    }

    /** Random garbage, and random cuts and edits of valid texts: always a result, never a throw. */
    @Test
    void neverThrowsOnAnyInput() {
        SplittableRandom random = new SplittableRandom(3);
        String alphabet = "choiceuniformlgqrandt()[],.'\"\\ -+e0123456789_TrueFalse@#\n";
        List<String> valid = List.of("choice(range(1, 5))", "loguniform(-9.2, -2.3)", "choice([\"a\", 'b', True, 1.5e-3])",
                "qlognormal(0, 1, 0.5)", "randint(7)", "choice(range(10, 0, -3))");
        for (int i = 0; i < 20_000; i++) {
            String text;
            if (i % 2 == 0) {
                StringBuilder garbage = new StringBuilder();
                int length = random.nextInt(30);
                for (int j = 0; j < length; j++) {
                    garbage.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
                }
                text = garbage.toString();
            } else {
                StringBuilder edited = new StringBuilder(valid.get(random.nextInt(valid.size())));
                for (int edits = random.nextInt(1, 4); edits > 0 && edited.length() > 0; edits--) {
                    int at = random.nextInt(edited.length());
                    if (random.nextBoolean()) {
                        edited.deleteCharAt(at);
                    } else {
                        edited.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                text = edited.toString();
            }
            ExpressionResult result = ExpressionParser.parse("p", text);
            assertNotNull(result);
            if (result instanceof ExpressionResult.Invalid invalid) {
                ExpressionError error = invalid.error();
                assertFalse(error.problem().startsWith("could not read"), error::toString);
                assertTrue(error.column() >= -1 && error.column() <= text.length(), error::toString);
            } else {
                ParameterExpression expression = result.orElseThrow();
                assertEquals(expression, parse(expression.toText()), text);
            }
        }
    }
}
