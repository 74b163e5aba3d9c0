package io.hyperdesk.gui.runs;

import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.sweep.StoredRun;
import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.SweepConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rows for a sweep read back from the store (an earlier sweep picked in the side list). Off the UI thread. */
final class StoredRuns {

    private StoredRuns() {
    }

    /** The config the sweep ran with; empty when this version cannot read it. */
    static Optional<SweepConfig> config(StoredSweep sweep) {
        return SweepFileReader.parse(sweep.configJson(), sweep.summary().name()).config();
    }

    static List<RunRow> rows(StoredSweep sweep, Optional<SweepConfig> config) {
        List<RunRow> rows = new ArrayList<>();
        for (StoredRun run : sweep.runs()) {
            RunRow row = new RunRow(run.record().number(), run.record().runId(), run.record().parameters());
            row.stateProperty().set(run.state());
            row.reasonProperty().set(run.reason());
            if (config.isPresent()) {
                MetricSeries series = run.metrics().get(config.get().primaryMetric().name());
                if (series != null && !series.isEmpty()) {
                    row.intervalsProperty().set(series.intervals());
                    row.lastProperty().set(series.last());
                    row.bestProperty().set(series.best(config.get().primaryMetric().goal()));
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
