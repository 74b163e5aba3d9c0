package io.hyperdesk.gui.monitor.plot;

import io.hyperdesk.gui.monitor.RunRow;

/**
 * One run's line in the metric plot and how it is drawn.
 *
 * @param row   the run
 * @param style its emphasis
 */
public record RunLine(RunRow row, Style style) {

    /** How a line stands out, from least to most; more emphasised lines are drawn on top. */
    public enum Style {
        /** A canceled run: grey and dashed. */
        CANCELED,
        /** Coloured by its score. */
        NORMAL,
        /** The best run: thick. */
        BEST,
        /** The run selected in any view. */
        SELECTED
    }
}
