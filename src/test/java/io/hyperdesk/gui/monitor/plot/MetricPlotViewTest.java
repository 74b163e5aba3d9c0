package io.hyperdesk.gui.monitor.plot;

import static io.hyperdesk.gui.monitor.MonitorFixtures.accuracy;
import static io.hyperdesk.gui.monitor.MonitorFixtures.queued;
import static io.hyperdesk.gui.monitor.MonitorFixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.monitor.MonitorFixtures;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import java.awt.geom.Rectangle2D;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The metric plot: clicking a line selects its run; a big sweep's lines become a background image. */
@ExtendWith(ApplicationExtension.class)
class MetricPlotViewTest {

    private final SweepMonitorModel model = SweepMonitorModel.live(MonitorFixtures.config(), MonitorFixtures.SWEEP);
    private MetricPlotView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new MetricPlotView(model, BackgroundExecutor.threads("test-plot"), UiExecutor.fx());
        stage.setScene(new Scene(view, 800, 500));
        stage.show();
    }

    private void feed(int runs, int intervals) {
        var listener = model.listener();
        for (int r = 0; r < runs; r++) {
            listener.onEvent(queued(r, 0.01, 16, "sgd"));
            listener.onEvent(state(r, RunState.RUNNING, "", 1));
            for (int i = 1; i <= intervals; i++) {
                listener.onEvent(accuracy(r, i, 0.1 + 0.8 * r / runs + 0.0001 * i, 1 + i));
            }
            listener.onEvent(state(r, RunState.COMPLETED, "", 1_000));
        }
    }

    @Test
    void clickingALineSelectsItsRun(FxRobot robot) {
        feed(3, 5);
        robot.interact(model::drain);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.isImageMode());
        assertEquals(3, view.lineCount());
        RunRow middle = model.rows().get(1);
        XYPlot plot = view.chart().getXYPlot();
        ChartViewer viewer = view.viewer();
        Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        double x = plot.getDomainAxis().valueToJava2D(3, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(middle.series("accuracy").valueAt(3), area, plot.getRangeAxisEdge());
        Point2D screen = viewer.getCanvas().localToScreen(x, y);
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(middle, model.selectedRunProperty().get());
        assertEquals(RunLine.Style.SELECTED, view.data().lines().get(2).style());
    }

    @Test
    void aBigSweepsLinesAreDrawnInTheBackground(FxRobot robot) throws Exception {
        feed(120, 200);
        robot.interact(model::drain);
        assertTrue(view.isImageMode(), "24,000 points");
        assertEquals(120, view.data().lines().size());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.linesImage() != null);
        assertEquals(1, view.lineCount(), "only the best run stays a vector line");
        java.nio.file.Path png = java.nio.file.Files.createTempFile("plot", ".png");
        robot.interact(() -> {
            try {
                view.savePng(png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.awt.image.BufferedImage saved = javax.imageio.ImageIO.read(png.toFile());
        assertEquals((int) view.viewer().getWidth(), saved.getWidth(), "saved at the size on screen");
        // 120 lines cover far more of the plot than the one vector line (the best run) could.
        int inked = 0;
        int pixels = 0;
        for (int x = saved.getWidth() / 4; x < saved.getWidth() * 3 / 4; x++) {
            for (int y = saved.getHeight() / 6; y < saved.getHeight() * 2 / 3; y++) {
                int rgb = saved.getRGB(x, y);
                int darkest = Math.min(rgb & 0xff, Math.min((rgb >> 8) & 0xff, (rgb >> 16) & 0xff));
                inked += darkest < 200 ? 1 : 0;
                pixels++;
            }
        }
        assertTrue(inked > pixels / 50, "the lines image is in the PNG: " + inked + " of " + pixels + " pixels inked");
        java.nio.file.Files.delete(png);
        robot.interact(() -> model.selectedRunProperty().set(model.rows().get(5)));
        assertEquals(2, view.lineCount());
        robot.interact(() -> model.topKProperty().set(10));
        assertFalse(view.isImageMode(), "10 runs are few enough for vectors");
        assertEquals(10, view.lineCount());
        assertEquals(null, view.linesImage());
    }
}
