package io.hyperdesk.engine.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    /** Expected texts are what Python 3's repr() prints. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1 | 0.1",
        "1e-4 | 0.0001",
        "1e-5 | 1e-05",
        "1e-7 | 1e-07",
        "1.5e-5 | 1.5e-05",
        "1.0 | 1.0",
        "100 | 100.0",
        "-2.5 | -2.5",
        "0.30000000000000004 | 0.30000000000000004",
        "123456789.123 | 123456789.123",
        "1e15 | 1000000000000000.0",
        "1e16 | 1e+16",
        "1.5e16 | 1.5e+16",
        "1e23 | 1e+23",
        "2e23 | 2e+23",
        "2.82879384806159E17 | 2.82879384806159e+17",
        "1.2345678901234568e-5 | 1.2345678901234568e-05",
        "4.9e-324 | 5e-324",
        "1.7976931348623157e308 | 1.7976931348623157e+308",
        "2.2250738585072014e-308 | 2.2250738585072014e-308",
        "0.001 | 0.001",
        "5e-5 | 5e-05",
        "-1e100 | -1e+100",
        "9007199254740993 | 9007199254740992.0",
    })
    void printsAsPythonRepr(String input, String expected) {
        assertEquals(expected, NumberText.shortest(Double.parseDouble(input)));
    }

    @Test
    void specialValuesPrintAsPython() {
        assertEquals("nan", NumberText.shortest(Double.NaN));
        assertEquals("inf", NumberText.shortest(Double.POSITIVE_INFINITY));
        assertEquals("-inf", NumberText.shortest(Double.NEGATIVE_INFINITY));
        assertEquals("0.0", NumberText.shortest(0.0));
        assertEquals("-0.0", NumberText.shortest(-0.0));
    }

    @Test
    void compactDropsTheZeroFractionOnly() {
        assertEquals("1", NumberText.compact(1.0));
        assertEquals("-6", NumberText.compact(-6.0));
        assertEquals("0.5", NumberText.compact(0.5));
        assertEquals("1e+16", NumberText.compact(1e16));
        assertEquals("-0", NumberText.compact(-0.0));
    }

    @Test
    void everyTextReadsBackAndNoShorterDecimalDoes() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            double value = i % 2 == 0
                    ? Double.longBitsToDouble(random.nextLong())
                    : random.nextDouble() * Math.pow(10, random.nextInt(-8, 9));
            if (!Double.isFinite(value) || value == 0) {
                continue;
            }
            String text = NumberText.shortest(value);
            assertEquals(value, Double.parseDouble(text), text);
            int digits = new BigDecimal(text).stripTrailingZeros().precision();
            if (digits > 1) {
                BigDecimal exact = new BigDecimal(value);
                for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                    double shorter = exact.round(new MathContext(digits - 1, mode)).doubleValue();
                    assertTrue(shorter != value, () -> text + " has a shorter form");
                }
            }
        }
    }
}
