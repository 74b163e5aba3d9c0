package io.hyperdesk.gui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.space.ExpressionParser;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/** The preview's "latest wins" between background computation and the UI. */
class PreviewViewModelTest {

    /** Work the test runs by hand, in any order. */
    private final Deque<Runnable> background = new ArrayDeque<>();

    @Test
    void aRequestOvertakenByANewerOneNeverReachesTheChart() {
        PreviewViewModel preview = new PreviewViewModel(UiExecutor.direct(), background::add, 1_000);
        preview.show("a", ExpressionParser.parse("a", "uniform(0, 1)").orElseThrow());
        Runnable first = background.poll();
        preview.show("a", ExpressionParser.parse("a", "choice(1, 2)").orElseThrow());
        Runnable second = background.poll();

        second.run();
        first.run();
        assertInstanceOf(Histogram.Categorical.class, preview.histogramProperty().get());
        assertTrue(preview.captionProperty().get().startsWith("1,000 draws of choice(1, 2)"),
                preview.captionProperty().get());
    }

    @Test
    void anInvalidParameterClearsTheChartAndSaysWhy() {
        PreviewViewModel preview = new PreviewViewModel(UiExecutor.direct(), BackgroundExecutor.direct());
        preview.show("lr", ExpressionParser.parse("lr", "loguniform(-6, -1)").orElseThrow());
        assertTrue(preview.captionProperty().get().endsWith("· log scale"), preview.captionProperty().get());

        preview.show("lr", null);
        assertNull(preview.histogramProperty().get());
        assertEquals("Fix lr's expression to see its distribution.", preview.captionProperty().get());
    }
}
