package io.hyperdesk.gui.preview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.ui.RectangleInsets;

/** The charts' look, matching the app's stylesheet: white plot, light grid, the accent blue for bars. */
final class ChartStyle {

    static final Color BAR = new Color(0x3b, 0x82, 0xf6);
    static final Color BAR_OUTLINE = new Color(0x25, 0x63, 0xeb);
    static final Color GRID = new Color(0xe5, 0xe7, 0xeb);
    static final Color TEXT = new Color(0x37, 0x41, 0x51);
    static final Color MUTED = new Color(0x6b, 0x72, 0x80);

    private ChartStyle() {
    }

    /** The UI's font family, so tick labels read like the rest of the window. */
    static String family() {
        return javafx.scene.text.Font.getDefault().getFamily();
    }

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        if (chart.getLegend() != null) {
            chart.removeLegend();
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(6, 2, 2, 2));
        plot.setNoDataMessageFont(new Font(family(), Font.PLAIN, 12));
        plot.setNoDataMessagePaint(MUTED);
    }

    static void axis(Axis axis) {
        axis.setLabelFont(new Font(family(), Font.PLAIN, 12));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(new Font(family(), Font.PLAIN, 11));
        axis.setTickLabelPaint(MUTED);
        axis.setAxisLinePaint(new Color(0xd1, 0xd5, 0xdb));
        axis.setTickMarkPaint(new Color(0xd1, 0xd5, 0xdb));
    }

    static BasicStroke gridStroke() {
        return new BasicStroke(1f);
    }
}
