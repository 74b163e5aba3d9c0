package io.hyperdesk.gui.monitor.scatter;

import io.hyperdesk.gui.monitor.MetricColorScale;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/** The monitor's colour scale of scores as a JFreeChart paint scale (points and legend). */
final class ScorePaintScale implements PaintScale {

    private final MetricColorScale scale;

    ScorePaintScale(MetricColorScale scale) {
        this.scale = scale;
    }

    @Override
    public double getLowerBound() {
        return scale.low();
    }

    @Override
    public double getUpperBound() {
        return scale.high() > scale.low() ? scale.high() : scale.low() + 1e-9;
    }

    @Override
    public Paint getPaint(double value) {
        return scale.awt(value, 230);
    }
}
