package io.hyperdesk.gui.monitor.plot;

import io.hyperdesk.gui.monitor.MetricColorScale;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Draws each run's line as one path, styled by its {@link RunLine.Style}: canceled runs grey and
 * dashed, the best run thick and black, the selected run thick and magenta, every other run in
 * its score's colour. Draws no shapes and creates no per-point entities (one pass only): with
 * 200,000 points those would cost more than the lines.
 */
final class RunLineRenderer extends XYLineAndShapeRenderer {

    static final Color BEST = new Color(0x111111);
    static final Color SELECTED = new Color(0xe91e63);
    static final Color CANCELED = new Color(150, 150, 150, 150);
    static final Stroke NORMAL_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke CANCELED_STROKE = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {5f, 4f}, 0f);
    static final Stroke BEST_STROKE = new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke SELECTED_STROKE = new BasicStroke(3.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private Paint[] paints = new Paint[0];
    private Stroke[] strokes = new Stroke[0];

    RunLineRenderer() {
        super(true, false);
        setDrawSeriesLineAsPath(true);
        setDefaultSeriesVisibleInLegend(false);
    }

    /** One style per series, in the dataset's order. Does not fire a change: the dataset's does. */
    void setStyles(List<RunLine> lines, MetricColorScale scale) {
        paints = new Paint[lines.size()];
        strokes = new Stroke[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            RunLine line = lines.get(i);
            switch (line.style()) {
                case SELECTED -> {
                    paints[i] = SELECTED;
                    strokes[i] = SELECTED_STROKE;
                }
                case BEST -> {
                    paints[i] = BEST;
                    strokes[i] = BEST_STROKE;
                }
                case CANCELED -> {
                    paints[i] = CANCELED;
                    strokes[i] = CANCELED_STROKE;
                }
                default -> {
                    paints[i] = scale.awt(line.row().score(), 190);
                    strokes[i] = NORMAL_STROKE;
                }
            }
        }
    }

    @Override
    public int getPassCount() {
        return 1;
    }

    @Override
    public Paint getItemPaint(int series, int item) {
        return series < paints.length ? paints[series] : Color.GRAY;
    }

    @Override
    public Stroke getItemStroke(int series, int item) {
        return series < strokes.length ? strokes[series] : NORMAL_STROKE;
    }
}
