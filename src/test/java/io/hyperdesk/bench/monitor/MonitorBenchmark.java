package io.hyperdesk.bench.monitor;

import io.hyperdesk.bench.OnFx;
import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.gui.monitor.NoMonitorActions;
import io.hyperdesk.gui.monitor.RunColumns;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import io.hyperdesk.gui.monitor.SweepMonitorView;
import io.hyperdesk.gui.monitor.parallel.ParallelCoordinatesView;
import io.hyperdesk.store.SqliteSweepStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * Measures the sweep monitor with 1,000 runs (docs/bench/monitor.md): (1) the longest UI-thread
 * pause while a synthetic sweep of 1,000 runs × 200 intervals is fed as SweepEvents from another
 * thread, as fast as possible and paced over about 15 s, with each chart tab in front; (2) the
 * parallel-coordinates redraw while brushing; (3) opening a finished sweep of 1,000 runs × 1,000
 * values from a SQLite store into the views. Run with {@code bench/monitor.sh}.
 *
 * <p>Arguments (optional): {@code [runs] [intervals] [storedValues]}.
 */
public final class MonitorBenchmark {

    private static final String[] TABS = {"Metric plot", "Parallel coordinates", "Parameter scatter"};

    private static Stage stage;
    private static final FrameProbe PROBE = new FrameProbe();

    private MonitorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int intervals = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int storedValues = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:")).toList();
        System.out.printf("java %s, %d cores, glass %s, prism %s, JVM options %s, window 1240x760%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("glass.platform", "default (gtk)"), System.getProperty("prism.order", "default"),
                jvmOptions.isEmpty() ? "default" : String.join(" ", jvmOptions));
        Platform.startup(() -> { });
        OnFx.call(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new Pane(), 1240, 760));
            stage.show();
            PROBE.start();
            return null;
        });
        // -Dbench.parts=open,live,brush picks parts (default all); "ui-first,open" shows an empty monitor
        // before the first open, as the app has its window up.
        String parts = System.getProperty("bench.parts", "open,live,brush");
        Path folder = Files.createTempDirectory("hyperdesk-monitor-bench");
        Path database = folder.resolve("big.db");
        if (parts.contains("open")) {
            long writeStart = System.nanoTime();
            SyntheticSweep.write(database, runs, storedValues);
            System.out.printf("wrote the stored sweep (%d runs x %d values) in %.1f s%n", runs, storedValues,
                    (System.nanoTime() - writeStart) / 1e9);
            if (parts.contains("ui-first")) {
                // As in the app, whose window (controls, CSS, charts) is up before a sweep is opened.
                show(SweepMonitorModel.live(SyntheticSweep.CONFIG, SyntheticSweep.ID), 0);
                settle();
                openFromStore(database, "first open, after an empty monitor was shown");
            } else {
                openFromStore(database, "first open in this JVM (nothing shown before)");
            }
        }
        SweepMonitorModel last = null;
        // -Dbench.tabs=0 feeds with the metric plot in front only; -Dbench.modes=paced skips the bursts
        String tabs = System.getProperty("bench.tabs", "012");
        String modes = System.getProperty("bench.modes", "burst,paced");
        for (int tab = 0; tab < TABS.length; tab++) {
            boolean thisTab = parts.contains("live") && tabs.contains(Integer.toString(tab));
            for (int repeat = 0; thisTab && modes.contains("burst") && repeat < Integer.getInteger("bench.repeat", 1); repeat++) {
                live(runs, intervals, tab, 0);
            }
            if (thisTab && modes.contains("paced") || !parts.contains("live") && parts.contains("brush") && tab == 1) {
                last = live(runs, intervals, tab, parts.contains("live") ? 15_000_000_000L / ((long) runs * intervals) : 0);
            }
        }
        if (parts.contains("brush")) {
            brushing(last);
        }
        if (parts.contains("open") && !parts.contains("ui-first")) {
            openFromStore(database, "second open (warm JVM)");
        }
        OnFx.call(() -> {
            PROBE.stop();
            stage.close();
            return null;
        });
        Platform.exit();
        try (var paths = Files.walk(folder)) {
            paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static SweepMonitorModel live(int runs, int intervals, int tab, long pauseNanosPerLine) throws Exception {
        SweepMonitorModel model = SweepMonitorModel.live(SyntheticSweep.CONFIG, SyntheticSweep.ID);
        SweepMonitorView view = show(model, tab);
        settle();
        OnFx.call(() -> {
            PROBE.reset();
            view.longestDrainMillis(true);
            return null;
        });
        String loadBefore = load();
        long start = System.nanoTime();
        Thread feeder = new Thread(() -> SyntheticSweep.feed(model.listener(), runs, intervals, 100, pauseNanosPerLine),
                "bench-feeder");
        feeder.start();
        feeder.join();
        long fed = System.nanoTime();
        while (!OnFx.call(() -> model.rows().size() == runs && model.sweepState().isTerminal()
                && model.rows().stream().allMatch(r -> r.state().isTerminal()) && !model.drain())) {
            Thread.sleep(20);
        }
        long shown = System.nanoTime();
        settle();
        double max = OnFx.call(PROBE::maxMillis);
        double at = OnFx.call(PROBE::longestAtSeconds);
        double p99 = OnFx.call(() -> PROBE.percentileMillis(99));
        int frames = OnFx.call(PROBE::frames);
        double drain = OnFx.call(() -> view.longestDrainMillis(false));
        System.out.printf("live, %-20s %-6s: %d events fed in %.2f s, all shown after %.2f s; frames %d, "
                        + "longest UI pause %.1f ms (ending %.2f s after the feeding began), 99th percentile %.1f ms; "
                        + "longest drain on the UI thread %.1f ms (load %s -> %s)%n", TABS[tab],
                pauseNanosPerLine == 0 ? "burst" : "paced", (long) runs * (intervals + 3), (fed - start) / 1e9,
                (shown - start) / 1e9, frames, max, at, p99, drain, loadBefore, load());
        OnFx.call(() -> {
            view.dispose();
            return null;
        });
        return model;
    }

    private static void brushing(SweepMonitorModel model) throws Exception {
        SweepMonitorView view = show(model, 1);
        settle();
        ParallelCoordinatesView parallel = view.parallelCoordinates();
        for (String axis : List.of(RunColumns.BEST, RunColumns.parameterId("learning_rate"))) {
            OnFx.call(() -> {
                PROBE.reset();
                return null;
            });
            List<Double> paints = new ArrayList<>();
            List<Double> redraws = new ArrayList<>();
            for (int step = 0; step < 100; step++) {
                double to = 1.0 - 0.9 * step / 99.0;
                paints.add(OnFx.call(() -> {
                    parallel.dragBrush(axis, 1.0, to);
                    return parallel.lastPaintNanos() / 1e6;
                }));
                Thread.sleep(17);
                redraws.add(OnFx.call(() -> parallel.lastLinesNanos() / 1e6));
            }
            Collections.sort(redraws);
            double max = OnFx.call(PROBE::maxMillis);
            long commitStart = System.nanoTime();
            OnFx.call(() -> {
                parallel.endBrush();
                return null;
            });
            double commit = (System.nanoTime() - commitStart) / 1e6;
            int visible = OnFx.call(() -> model.visibleRows().size());
            Collections.sort(paints);
            System.out.printf("brushing %s with %d runs: 100 drag steps; UI thread per step median %.1f ms, max %.1f ms; "
                            + "new lines on the canvas after median %.1f ms, max %.1f ms; longest UI pause %.1f ms; "
                            + "releasing (filter table and views) %.1f ms, %d runs left%n",
                    axis, model.rows().size(), paints.get(50), paints.get(99), redraws.get(50), redraws.get(99), max,
                    commit, visible);
            OnFx.call(() -> {
                model.setRange(axis, null);
                return null;
            });
        }
        OnFx.call(() -> {
            view.dispose();
            return null;
        });
    }

    private static void openFromStore(Path database, String label) throws Exception {
        long start = System.nanoTime();
        StoredSweep stored;
        try (SqliteSweepStore store = SqliteSweepStore.open(database)) {
            stored = store.loadSweep(SyntheticSweep.ID).orElseThrow();
        }
        long loaded = System.nanoTime();
        SweepConfig config = SweepFileReader.parse(stored.configJson(), stored.summary().name()).configOrThrow();
        SweepMonitorModel model = SweepMonitorModel.fromStored(stored, config);
        long modelled = System.nanoTime();
        SweepMonitorView view = show(model, 0);
        long built = System.nanoTime();
        waitFrames(2);
        long drawn = System.nanoTime();
        System.out.printf("open from store, %s: loadSweep %.0f ms, model %.0f ms, views built %.0f ms, first frame "
                        + "drawn after %.0f ms; total %.2f s (%d runs)%n", label, (loaded - start) / 1e6,
                (modelled - loaded) / 1e6, (built - modelled) / 1e6, (drawn - built) / 1e6, (drawn - start) / 1e9,
                model.rows().size());
        OnFx.call(() -> {
            view.dispose();
            return null;
        });
    }

    private static SweepMonitorView show(SweepMonitorModel model, int tab) throws Exception {
        return OnFx.call(() -> {
            SweepMonitorView view = new SweepMonitorView(model, new NoMonitorActions());
            view.charts().getSelectionModel().select(tab);
            if (Boolean.getBoolean("bench.noTable")) {
                view.table().setVisible(false);
            }
            stage.getScene().setRoot(view);
            return view;
        });
    }

    /** The 1-minute load average, to judge how busy the shared machine was. */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static void settle() throws Exception {
        waitFrames(30);
    }

    private static void waitFrames(int frames) throws Exception {
        int target = OnFx.call(PROBE::frames) + frames;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (OnFx.call(PROBE::frames) < target && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
