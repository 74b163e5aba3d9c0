package io.hyperdesk.bench.gui;

import io.hyperdesk.bench.OnFx;
import io.hyperdesk.gui.AppContext;
import io.hyperdesk.gui.MainViewModel;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.design.ParameterViewModel;
import io.hyperdesk.gui.prefs.AppPreferences;
import io.hyperdesk.gui.preview.Histogram;
import io.hyperdesk.gui.preview.PreviewChartView;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * How long the distribution preview takes to show an edit: from the change of a form field (on
 * the FX thread) through the expression's re-parse, 10,000 draws counted on a background thread,
 * the hand-back to the FX thread, the dataset and axis swap, to the chart drawn on its canvas.
 * Uses the app's own wiring ({@link MainViewModel}) and chart view in a shown window. "drawn" is
 * when the chart's drawing commands are on its canvas; "rendered" adds a snapshot of the chart,
 * which rasterizes them as the next pulse would (an upper bound: the pulse renders only once).
 *
 * <p>Run by bench/preview.sh (Monocle headless or Xvfb); prints one line per case.
 */
public final class PreviewBench {

    private static final int WARMUP = 60;
    private static final int ROUNDS = 300;

    private PreviewBench() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AppContext context = new AppContext(
                AppPreferences.load(Files.createTempDirectory("bench").resolve("gui.properties")),
                UiExecutor.fx(), Executors.newSingleThreadExecutor(r -> {
                    Thread thread = new Thread(r, "preview");
                    thread.setDaemon(true);
                    return thread;
                })::execute, java.time.Clock.systemUTC(), Runtime.getRuntime().availableProcessors());
        MainViewModel main = OnFx.call(() -> new MainViewModel(context));
        PreviewChartView chartView = OnFx.call(() -> {
            PreviewChartView view = new PreviewChartView(main.preview());
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 420, 300));
            stage.show();
            return view;
        });
        PreviewChartView chart = chartView;
        AtomicLong drawnAt = new AtomicLong();
        AtomicLong renderedAt = new AtomicLong();
        List<CountDownLatch> waiting = new ArrayList<>();
        OnFx.call(() -> {
            main.preview().histogramProperty().addListener((o, was, now) -> {
                // Registered after the chart's own listener: the chart has drawn when this runs.
                drawnAt.set(System.nanoTime());
                // Rasterize now, as the next pulse would: the canvas's commands become pixels.
                chart.snapshot(null, null);
                renderedAt.set(System.nanoTime());
                synchronized (waiting) {
                    waiting.forEach(CountDownLatch::countDown);
                    waiting.clear();
                }
            });
            return null;
        });

        System.out.printf(Locale.ROOT, "preview of %,d draws, %d rounds after %d warm-up, %s, %d cores%n",
                io.hyperdesk.gui.preview.DistributionPreview.DRAWS, ROUNDS, WARMUP,
                System.getProperty("glass.platform", "native glass") + "/" + System.getProperty("prism.order", "default"),
                Runtime.getRuntime().availableProcessors());
        run(main, drawnAt, renderedAt, waiting, "loguniform, log axis", "loguniform(-9.2, -2.3)",
                i -> "-2." + (100 + i % 800));
        run(main, drawnAt, renderedAt, waiting, "normal, linear axis", "normal(0, 1)", i -> "1." + (100 + i % 800));
        run(main, drawnAt, renderedAt, waiting, "quniform, one bar per value", "quniform(0, 40, 1)", i -> Integer.toString(30 + i % 20));
        run(main, drawnAt, renderedAt, waiting, "choice, category bars", "choice(16, 32, 64, 128)",
                i -> "16, 32, 64, " + (129 + i % 100));
        for (String text : new String[] {"loguniform(-9.2, -2.3)", "normal(0, 1)", "quniform(0, 40, 1)",
                "choice(16, 32, 64, 128)"}) {
            var expression = io.hyperdesk.engine.space.ExpressionParser.parse("p", text).orElseThrow();
            int repeats = 500;
            long start = System.nanoTime();
            for (int i = 0; i < repeats; i++) {
                io.hyperdesk.gui.preview.DistributionPreview.of(expression, io.hyperdesk.gui.preview.DistributionPreview.DRAWS);
            }
            System.out.printf(Locale.ROOT, "counting alone, %-24s %6.3f ms per histogram%n", text,
                    (System.nanoTime() - start) / 1e6 / repeats);
        }
        long draws = chart.chartPane().draws();
        System.out.printf(Locale.ROOT, "chart draws in total: %d for %d edits%n", draws, 4 * (WARMUP + ROUNDS + 1));
        Platform.exit();
    }

    private static void run(MainViewModel main, AtomicLong drawnAt, AtomicLong renderedAt, List<CountDownLatch> waiting,
                            String name,
                            String expression, IntFunction<String> lastArgument) throws Exception {
        OnFx.call(() -> {
            ParameterViewModel selected = main.design().space().selected();
            selected.expressionTextProperty().set(expression);
            return null;
        });
        Thread.sleep(300);
        int argument = OnFx.call(() -> main.design().space().selected().kindProperty().get().arguments().size() - 1);
        double[] millis = new double[ROUNDS];
        double[] rendered = new double[ROUNDS];
        for (int i = 0; i < WARMUP + ROUNDS; i++) {
            CountDownLatch done = new CountDownLatch(1);
            synchronized (waiting) {
                waiting.add(done);
            }
            String value = lastArgument.apply(i);
            long[] start = new long[1];
            Platform.runLater(() -> {
                start[0] = System.nanoTime();
                main.design().space().selected().argumentProperty(argument).set(value);
            });
            if (!done.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + ": no histogram after an edit to " + value);
            }
            if (i >= WARMUP) {
                millis[i - WARMUP] = (drawnAt.get() - start[0]) / 1e6;
                rendered[i - WARMUP] = (renderedAt.get() - start[0]) / 1e6;
            }
        }
        Histogram shown = OnFx.call(() -> main.preview().histogramProperty().get());
        Arrays.sort(millis);
        Arrays.sort(rendered);
        System.out.printf(Locale.ROOT, "%-28s drawn:    median %6.2f  p90 %6.2f  p99 %6.2f  max %6.2f ms (%s)%n",
                name, millis[ROUNDS / 2], millis[(int) (ROUNDS * 0.9)], millis[(int) (ROUNDS * 0.99)],
                millis[ROUNDS - 1], shown.getClass().getSimpleName());
        System.out.printf(Locale.ROOT, "%-28s rendered: median %6.2f  p90 %6.2f  p99 %6.2f  max %6.2f ms%n",
                "", rendered[ROUNDS / 2], rendered[(int) (ROUNDS * 0.9)], rendered[(int) (ROUNDS * 0.99)],
                rendered[ROUNDS - 1]);
    }
}
