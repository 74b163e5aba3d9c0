package io.hyperdesk.engine.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExpressionTextTest {

    @Test
    void printsCanonicalText() {
        assertEquals("choice(range(1, 5))", new Choice(List.of(1L, 2L, 3L, 4L), Choice.Form.RANGE).toText());
        assertEquals("choice(range(0, 10, 3))", new Choice(List.of(0L, 3L, 6L, 9L), Choice.Form.RANGE).toText());
        assertEquals("choice(range(5, 0, -1))", new Choice(List.of(5L, 4L, 3L, 2L, 1L), Choice.Form.RANGE).toText());
        assertEquals("choice([16, 32])", new Choice(List.of(16L, 32L), Choice.Form.LIST).toText());
        assertEquals("choice(\"relu\", \"tanh\")", new Choice(List.of("relu", "tanh")).toText());
        assertEquals("choice(True, False, 1, 2.0, 0.0001, 1e-07)", new Choice(List.of(true, false, 1L, 2.0, 1e-4, 1e-7)).toText());
        assertEquals("choice(\"say \\\"hi\\\"\", \"a\\\\b\", \"x\\ny\", \"\\x07\")",
                new Choice(List.of("say \"hi\"", "a\\b", "x\ny", "\u0007")).toText());
        assertEquals("randint(10)", new RandInt(10).toText());
        assertEquals("uniform(0.05, 0.1)", new Uniform(0.05, 0.1).toText());
        assertEquals("loguniform(-6, -1)", new LogUniform(-6, -1).toText());
        assertEquals("normal(0, 1)", new Normal(0, 1).toText());
        assertEquals("lognormal(-0.5, 2)", new LogNormal(-0.5, 2).toText());
        assertEquals("quniform(1, 10, 4)", new QUniform(1, 10, 4).toText());
        assertEquals("qloguniform(0, 4.6, 1)", new QLogUniform(0, 4.6, 1).toText());
        assertEquals("qnormal(0, 1, 0.5)", new QNormal(0, 1, 0.5).toText());
        assertEquals("qlognormal(1e-05, 1e+16, 0.25)", new QLogNormal(1e-5, 1e16, 0.25).toText());
    }

    @Test
    void parserOutputPrintsBackToItsCanonicalText() {
        for (String text : List.of("choice(range(1, 5))", "choice([16, 32])", "choice(\"relu\", \"tanh\")",
                "choice(True, False)", "randint(7)", "uniform(-2.3, 0.001)", "loguniform(-9.2, -2.3)",
                "quniform(1, 10, 4)", "qlognormal(0, 1, 0.5)", "choice(1, 2.5, \"x\", True)")) {
            assertEquals(text, ExpressionParser.parse("p", text).orElseThrow().toText());
        }
        assertEquals("choice(range(0, 3))", ExpressionParser.parse("p", "choice(range(3))").orElseThrow().toText());
        assertEquals("choice(\"it's\")", ExpressionParser.parse("p", "choice('it\\'s')").orElseThrow().toText());
        assertEquals("uniform(0.5, 3)", ExpressionParser.parse("p", "uniform(.5, +3.0)").orElseThrow().toText());
    }

    @Test
    void aHandBuiltRangeThatIsNoProgressionPrintsAsAList() {
        Choice odd = new Choice(List.of(1L, 2L, 4L), Choice.Form.RANGE);
        assertEquals("choice([1, 2, 4])", odd.toText());
        assertTrue(ExpressionValidator.problems(odd).get(0).contains("a range choice must hold integers in equal steps"));
    }

    /** parse(print(e)) equals e for many generated valid expressions of every kind and form. */
    @Test
    void printThenParseIsTheIdentity() {
        SplittableRandom random = new SplittableRandom(42);
        int checked = 0;
        for (int i = 0; i < 5_000; i++) {
            ParameterExpression expression = generate(random);
            if (!ExpressionValidator.isValid(expression)) {
                continue;
            }
            String text = expression.toText();
            ParameterExpression back = ExpressionParser.parse("p", text).orElseThrow();
            assertEquals(expression, back, text);
            assertEquals(text, back.toText());
            checked++;
        }
        assertTrue(checked > 4_000, "only " + checked + " valid expressions generated");
    }

    private static ParameterExpression generate(SplittableRandom random) {
        double a = number(random);
        double b = a + Math.abs(number(random)) + Math.ulp(a);
        double positive = Math.abs(number(random)) + Double.MIN_VALUE;
        switch (random.nextInt(10)) {
            case 0:
                return choice(random);
            case 1:
                return new RandInt(random.nextLong(1, Long.MAX_VALUE));
            case 2:
                return new Uniform(a, b);
            case 3:
                return new LogUniform(Math.max(a, -700), Math.min(b, 700) > Math.max(a, -700) ? Math.min(b, 700) : 700);
            case 4:
                return new Normal(a, positive);
            case 5:
                return new LogNormal(a, positive);
            case 6:
                return new QUniform(a, b, positive);
            case 7:
                return new QLogUniform(Math.max(a, -700), 700, positive);
            case 8:
                return new QNormal(a, positive, positive);
            default:
                return new QLogNormal(a, positive, positive);
        }
    }

    private static double number(SplittableRandom random) {
        switch (random.nextInt(5)) {
            case 0:
                return random.nextInt(-100, 100);
            case 1:
                return Math.round(random.nextDouble(-10, 10) * 1000) / 1000.0;
            case 2:
                return random.nextDouble() * Math.pow(10, random.nextInt(-300, 300)) * (random.nextBoolean() ? 1 : -1);
            case 3:
                double bits = Double.longBitsToDouble(random.nextLong());
                return Double.isFinite(bits) ? bits / 4 : 1;
            default:
                return random.nextDouble();
        }
    }

    private static Choice choice(SplittableRandom random) {
        int form = random.nextInt(3);
        if (form == 2) {
            long start = random.nextLong(-1000, 1000);
            long step = random.nextBoolean() ? 1 : random.nextLong(-5, 6);
            step = step == 0 ? 2 : step;
            List<Object> values = new ArrayList<>();
            for (int k = random.nextInt(1, 20); k > 0; k--) {
                values.add(start + step * values.size());
            }
            return new Choice(values, Choice.Form.RANGE);
        }
        List<Object> values = new ArrayList<>();
        for (int k = random.nextInt(1, 8); k > 0; k--) {
            switch (random.nextInt(5)) {
                case 0 -> values.add(random.nextLong());
                case 1 -> values.add(number(random));
                case 2 -> values.add(random.nextBoolean());
                case 3 -> values.add(string(random));
                default -> values.add(random.nextBoolean() ? Long.MIN_VALUE : -0.0);
            }
        }
        return new Choice(values, form == 0 ? Choice.Form.ARGUMENTS : Choice.Form.LIST);
    }

    private static String string(SplittableRandom random) {
        String pieces = "aZ09 _-\"'\\\n\t\r\u0000\u0001\u007féλ漢,()[]";
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(0, 10); k > 0; k--) {
            text.append(pieces.charAt(random.nextInt(pieces.length())));
        }
        return text.toString();
    }
}
