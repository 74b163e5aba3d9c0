package io.hyperdesk.project;

import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.sweep.StoredRun;

/** Stored runs as the snapshots samplers and policies take. */
final class RunSnapshots {

    private RunSnapshots() {
    }

    static RunSnapshot of(StoredRun run, String primaryMetricName) {
        return new RunSnapshot(run.record().sweepId(), run.record().runId(), run.record().number(),
                run.record().parameters(), run.state(),
                run.metrics().getOrDefault(primaryMetricName, MetricSeries.empty()),
                run.startedAt(), run.endedAt());
    }
}
