package io.hyperdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.RunStateChange;
import io.hyperdesk.engine.sweep.RunSummary;
import io.hyperdesk.engine.sweep.StoredRun;
import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.SweepState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the schema-1 code ({@link V1FixtureWriter}) opens and reads the same in
 * this build, and takes new writes. When a V2 migration is added, this test proves the upgrade.
 */
class V1FixtureTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00.123456789Z");

    @TempDir
    Path folder;

    /** A copy of the fixture: opening a file may upgrade it, and the resource must stay old. */
    static Path copyOfFixture(Path folder) throws IOException {
        Path copy = folder.resolve("v1-sweep.db");
        try (InputStream in = V1FixtureTest.class.getResourceAsStream("v1-sweep.db")) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void theV1FixtureReadsAsItWasWritten() throws IOException {
        try (SqliteSweepStore store = SqliteSweepStore.open(copyOfFixture(folder))) {
            StoredSweep sweep = store.loadSweep("digits-1").orElseThrow();
            assertEquals(SweepState.COMPLETED, sweep.summary().state());
            assertEquals("max_total_runs reached", sweep.summary().reason());
            assertEquals(Optional.of(T0.plusSeconds(120)), sweep.summary().endedAt());
            assertEquals("{\"name\":\"digits-mlp\"}", sweep.configJson());
            assertEquals(3, store.sweeps().get(0).runCount());

            List<StoredRun> runs = sweep.runs();
            assertEquals(List.of(RunState.COMPLETED, RunState.CANCELED, RunState.RUNNING),
                    runs.stream().map(StoredRun::state).toList());
            StoredRun canceled = runs.get(1);
            assertEquals(Map.of("learning_rate", 0.002, "batch_size", 64L, "optimizer", "adam", "use_bias", false),
                    canceled.record().parameters().values());
            assertEquals(List.of("learning_rate", "batch_size", "optimizer", "use_bias"),
                    List.copyOf(canceled.record().parameters().values().keySet()));
            assertEquals("bandit policy at interval 3: 0.4 < 0.82", canceled.reason());
            assertEquals(Optional.of(143), canceled.exitCode());
            assertEquals(Optional.of("older_0"), runs.get(2).record().resumedFromRunId());
            assertEquals(MetricSeries.of(0.4, Double.NaN, Double.POSITIVE_INFINITY), canceled.metrics().get("accuracy"));
            assertEquals(1003L, canceled.metrics().get("loss").timeAt(3));
            assertEquals(List.of("accuracy", "loss"), List.copyOf(canceled.metrics().keySet()));

            List<RunSummary> summaries = store.runSummaries("digits-1", new PrimaryMetric("accuracy", Goal.MAXIMIZE));
            assertEquals(List.of(0.9, 0.4, 0.6), summaries.stream().map(RunSummary::best).toList());
            assertEquals(Double.POSITIVE_INFINITY, summaries.get(1).last());
            assertEquals(List.of(RunState.QUEUED, RunState.RUNNING, RunState.CANCELED),
                    store.stateChanges("digits-1_1").stream().map(RunStateChange::state).toList());
        }
    }

    @Test
    void theV1FixtureTakesNewWrites() throws IOException {
        Path file = copyOfFixture(folder);
        try (SqliteSweepStore store = SqliteSweepStore.open(file)) {
            store.recordMetric("digits-1_2", "accuracy", 2, 0.95, 2_002);
            store.markInterrupted("digits-1", "found interrupted", T0.plusSeconds(200));
        }
        try (SqliteSweepStore store = SqliteSweepStore.open(file)) {
            RunSummary resumed = store.runSummaries("digits-1", new PrimaryMetric("accuracy", Goal.MAXIMIZE)).get(2);
            assertEquals(List.of(2, 0.95, 0.95, 2_002L),
                    List.of(resumed.intervals(), resumed.last(), resumed.best(), resumed.bestAtMillis()));
            assertEquals(RunState.INTERRUPTED, resumed.state());
            assertEquals(SweepState.INTERRUPTED, store.sweeps().get(0).state());
            assertFalse(store.isOwnerAlive("digits-1"), "the process that wrote the fixture is gone");
        }
    }
}
