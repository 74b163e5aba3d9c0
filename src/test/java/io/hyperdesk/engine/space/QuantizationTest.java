package io.hyperdesk.engine.space;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantizationTest {

    /** The fast decimal path gives exactly the double nearest the decimal product steps * q. */
    @Test
    void fastPathEqualsTheExactDecimalProduct() {
        double[] steps = {0.1, 0.05, 0.25, 0.3, 0.001, 0.123456789, 2.5, 1e-30, 1.0 / 3, 0.7, 12.75, 1e-22, 3e-7};
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 200_000; i++) {
            double q = steps[i % steps.length];
            double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-3, 12)) * q;
            double expected = new BigDecimal(Math.rint(x / q)).multiply(BigDecimal.valueOf(q)).doubleValue();
            assertEquals(expected, (Double) Quantization.round(x, q), () -> "x " + x + " q " + q);
        }
    }

    @Test
    void examples() {
        assertEquals(0.3, Quantization.round(0.31, 0.1));
        assertEquals(-0.15, Quantization.round(-0.16, 0.05));
        assertEquals(12L, Quantization.round(10.1, 4));
        assertEquals(2L, Quantization.round(2.5, 1));
        assertEquals(4L, Quantization.round(3.5, 1));
        assertEquals(-2L, Quantization.round(-2.5, 1));
    }
}
