package io.hyperdesk.gui.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.space.ExpressionParser;
import io.hyperdesk.engine.space.ParameterExpression;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The histograms the preview draws. */
class DistributionPreviewTest {

    private static ParameterExpression parse(String text) {
        return ExpressionParser.parse("p", text).orElseThrow();
    }

    private static Histogram.Numeric numeric(String text) {
        return assertInstanceOf(Histogram.Numeric.class, DistributionPreview.of(parse(text), 10_000));
    }

    @Test
    void loguniformIsShownInNaturalUnitsOnALogAxisWithEvenBars() {
        Histogram.Numeric histogram = numeric("loguniform(-9.210340371976182, -2.302585092994046)");
        assertTrue(histogram.logScale());
        assertEquals(DistributionPreview.BINS, histogram.bars());
        assertTrue(histogram.min() >= 1e-4 && histogram.max() <= 0.1);
        assertEquals(histogram.lower()[0], histogram.min(), 1e-12);
        assertEquals(histogram.upper()[histogram.bars() - 1], histogram.max(), 1e-12);
        assertEquals(10_000, Arrays.stream(histogram.counts()).sum());
        // Uniform in the log: every bin holds about 1/40 of the draws.
        for (long count : histogram.counts()) {
            assertTrue(count > 150 && count < 350, Arrays.toString(histogram.counts()));
        }
    }

    @Test
    void normalIsLinearAndPeaksInTheMiddle() {
        Histogram.Numeric histogram = numeric("normal(10, 2)");
        assertFalse(histogram.logScale());
        long[] counts = histogram.counts();
        long middle = counts[counts.length / 2] + counts[counts.length / 2 - 1];
        assertTrue(middle > 5 * (counts[0] + counts[counts.length - 1]));
    }

    @Test
    void integerKindsGetOneBarPerValue() {
        Histogram.Numeric randint = numeric("randint(5)");
        assertTrue(randint.discrete());
        assertEquals(5, randint.bars());
        assertEquals(-0.4, randint.lower()[0], 1e-12);
        assertEquals(0.4, randint.upper()[0], 1e-12);

        Histogram.Numeric q = numeric("quniform(1, 10, 4)");
        assertEquals(List.of(0.0, 4.0, 8.0), Arrays.stream(q.lower()).map(v -> v + 1.6).boxed().toList());
    }

    @Test
    void aLogKindWithZerosStaysLinear() {
        assertFalse(numeric("qlognormal(0, 1, 1)").logScale());
    }

    @Test
    void choiceCountsEachValueInDeclarationOrder() {
        Histogram.Categorical histogram = assertInstanceOf(Histogram.Categorical.class,
                DistributionPreview.of(parse("choice(\"relu\", \"tanh\", 0.5, True)"), 4_000));
        assertEquals(List.of("relu", "tanh", "0.5", "True"), histogram.labels());
        assertEquals(4_000, Arrays.stream(histogram.counts()).sum());
        Arrays.stream(histogram.counts()).forEach(c -> assertTrue(c > 850 && c < 1150));
    }

    @Test
    void aWideNumericChoiceBecomesAHistogram() {
        Histogram.Numeric histogram = numeric("choice(range(0, 1000))");
        assertEquals(DistributionPreview.BINS, histogram.bars());
    }

    @Test
    void theSameExpressionGivesTheSamePicture() {
        assertArrayEquals(numeric("uniform(0, 1)").counts(), numeric("uniform(0, 1)").counts());
    }

    @Test
    void axisNumbersAreShort() {
        assertEquals("1e-4", AxisNumbers.format(1e-4));
        assertEquals("2.5e-5", AxisNumbers.format(2.5e-5));
        assertEquals("0.001", AxisNumbers.format(0.001));
        assertEquals("0.1003", AxisNumbers.format(0.10025884));
        assertEquals("12.5", AxisNumbers.format(12.5));
        assertEquals("1000", AxisNumbers.format(1000));
        assertEquals("1.235e5", AxisNumbers.format(123456));
        assertEquals("-3", AxisNumbers.format(-3));
        assertEquals("0", AxisNumbers.format(0));
    }
}
