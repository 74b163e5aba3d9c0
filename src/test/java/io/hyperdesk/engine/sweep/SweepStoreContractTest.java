package io.hyperdesk.engine.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link SweepStore} must do, run against each implementation by subclassing: round
 * trips of every field and value type, ordering, sync semantics and failed writes, and several
 * writing threads. Reads follow a {@code sync()}: only then must writes be visible.
 */
public abstract class SweepStoreContractTest {

    protected static final Instant T0 = Instant.parse("2024-05-01T10:00:00.123456789Z");
    protected static final PrimaryMetric ACCURACY = new PrimaryMetric("accuracy", Goal.MAXIMIZE);

    @TempDir
    protected Path folder;
    protected SweepStore store;

    /** A new, empty store kept in {@code folder}. */
    protected abstract SweepStore newStore(Path folder);

    @BeforeEach
    void openStore() {
        store = newStore(folder);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected static SweepRecord sweep(String id, Instant createdAt) {
        return new SweepRecord(id, "name of " + id, "{\"name\": \"" + id + "\", \"note\": \"é ✓ \\\"q\\\"\"}", createdAt);
    }

    protected static RunRecord run(String sweepId, int number) {
        return new RunRecord(sweepId, sweepId + "_" + number, number,
                Configuration.of(Map.of("learning_rate", 0.01)), Optional.empty(), T0.plusSeconds(number));
    }

    protected void createSweepWithRuns(String sweepId, int runs) {
        store.createSweep(sweep(sweepId, T0));
        for (int n = 0; n < runs; n++) {
            store.createRun(run(sweepId, n));
        }
    }

    @Test
    void aSweepComesBackAsItWasStored() {
        store.createSweep(sweep("s1", T0));
        store.sync();

        StoredSweep stored = store.loadSweep("s1").orElseThrow();
        assertEquals(new SweepSummary("s1", "name of s1", SweepState.RUNNING, "", T0, Optional.empty(), 0), stored.summary());
        assertEquals(sweep("s1", T0).configJson(), stored.configJson());
        assertEquals(List.of(stored.summary()), store.sweeps());
        assertEquals(Optional.of(sweep("s1", T0)), store.sweepRecord("s1"));
    }

    @Test
    void sweepsAreListedNewestFirstWithTheirRunCounts() {
        store.createSweep(sweep("middle", T0.plusSeconds(60)));
        store.createSweep(sweep("old", T0));
        store.createSweep(sweep("new", T0.plusSeconds(3600)));
        for (int n = 0; n < 3; n++) {
            store.createRun(run("old", n));
        }
        store.createRun(run("new", 0));
        store.sync();

        List<SweepSummary> sweeps = store.sweeps();
        assertEquals(List.of("new", "middle", "old"), sweeps.stream().map(SweepSummary::id).toList());
        assertEquals(List.of(1, 0, 3), sweeps.stream().map(SweepSummary::runCount).toList());
    }

    @Test
    void aSweepStateKeepsItsReasonAndEndTime() {
        store.createSweep(sweep("s1", T0));
        store.recordSweepState("s1", SweepState.CANCELED, "canceled by the user", T0.plusSeconds(5));
        store.sync();

        SweepSummary summary = store.sweeps().get(0);
        assertEquals(SweepState.CANCELED, summary.state());
        assertEquals("canceled by the user", summary.reason());
        assertEquals(Optional.of(T0.plusSeconds(5)), summary.endedAt());
    }

    @Test
    void parametersKeepTheirTypesAndDeclarationOrder() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("zeta", 3L);
        values.put("alpha", 3.0);
        values.put("tiny", 1e-300);
        values.put("negative", -1234567890123L);
        values.put("precise", 0.1 + 0.2);
        values.put("optimizer", "a; rm -rf ~ \"quoted\" é");
        values.put("use_bias", true);
        values.put("shuffle", false);
        store.createSweep(sweep("s1", T0));
        RunRecord record = new RunRecord("s1", "s1_0", 0, Configuration.of(values), Optional.of("older_3"), T0);
        store.createRun(record);
        store.sync();

        RunRecord back = store.loadSweep("s1").orElseThrow().runs().get(0).record();
        assertEquals(record, back);
        assertEquals(List.copyOf(values.keySet()), List.copyOf(back.parameters().values().keySet()));
        values.forEach((name, value) -> assertEquals(value.getClass(), back.parameters().get(name).getClass(), name));
    }

    @Test
    void aRunStartsQueuedAndKeepsEveryStateChange() {
        createSweepWithRuns("s1", 1);
        store.sync();
        StoredRun queued = store.loadSweep("s1").orElseThrow().runs().get(0);
        assertEquals(RunState.QUEUED, queued.state());
        assertEquals(Optional.empty(), queued.startedAt());

        store.recordRunState("s1_0", RunState.RUNNING, T0.plusSeconds(1), "", Optional.empty());
        store.recordRunState("s1_0", RunState.FAILED, T0.plusSeconds(9), "exit code 3", Optional.of(3));
        store.sync();

        StoredRun failed = store.loadSweep("s1").orElseThrow().runs().get(0);
        assertEquals(RunState.FAILED, failed.state());
        assertEquals("exit code 3", failed.reason());
        assertEquals(Optional.of(T0.plusSeconds(1)), failed.startedAt());
        assertEquals(Optional.of(T0.plusSeconds(9)), failed.endedAt());
        assertEquals(Optional.of(3), failed.exitCode());
        assertEquals(List.of(
                new RunStateChange("s1_0", RunState.QUEUED, run("s1", 0).createdAt(), ""),
                new RunStateChange("s1_0", RunState.RUNNING, T0.plusSeconds(1), ""),
                new RunStateChange("s1_0", RunState.FAILED, T0.plusSeconds(9), "exit code 3")),
                store.stateChanges("s1_0"));
    }

    @Test
    void metricValuesComeBackExactlyWithTheirTimesNonFiniteOnesIncluded() {
        createSweepWithRuns("s1", 1);
        double[] values = {0.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
                Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2};
        for (int i = 0; i < values.length; i++) {
            store.recordMetric("s1_0", "loss", i + 1, values[i], 1_000L + i);
        }
        store.recordMetric("s1_0", "accuracy", 1, 0.9, 5_000L);
        store.sync();

        Map<String, MetricSeries> metrics = store.loadSweep("s1").orElseThrow().runs().get(0).metrics();
        assertEquals(List.of("loss", "accuracy"), List.copyOf(metrics.keySet()), "names in the order they first appeared");
        MetricSeries loss = metrics.get("loss");
        assertEquals(MetricSeries.of(values), loss);
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToLongBits(values[i]), Double.doubleToLongBits(loss.valueAt(i + 1)), "value " + i);
            assertEquals(1_000L + i, loss.timeAt(i + 1));
        }
    }

    @Test
    void valuesLoggedOutOfStepOrderAreReadInStepOrder() {
        createSweepWithRuns("s1", 1);
        store.recordMetric("s1_0", "accuracy", 2, 0.2, 20);
        store.recordMetric("s1_0", "accuracy", 1, 0.1, 10);
        store.recordMetric("s1_0", "accuracy", 3, 0.3, 30);
        store.sync();

        assertEquals(MetricSeries.of(0.1, 0.2, 0.3), store.loadSweep("s1").orElseThrow().runs().get(0).metrics().get("accuracy"));
        assertEquals(0.3, store.runSummaries("s1", ACCURACY).get(0).last());
    }

    @Test
    void runSummariesScoreByGoalAndRankNonFiniteValuesWorst() {
        store.createSweep(sweep("s1", T0));
        for (int n : new int[] {2, 0, 1}) {
            store.createRun(run("s1", n));
        }
        double[] values = {Double.NaN, Double.POSITIVE_INFINITY, 0.5, 0.7, Double.NEGATIVE_INFINITY, 0.7, 0.6};
        for (int i = 0; i < values.length; i++) {
            store.recordMetric("s1_0", "accuracy", i + 1, values[i], 100L * (i + 1));
        }
        store.recordMetric("s1_1", "accuracy", 1, Double.NaN, 10);
        store.recordMetric("s1_1", "accuracy", 2, Double.POSITIVE_INFINITY, 20);
        store.recordMetric("s1_2", "loss", 1, 0.3, 10);
        store.sync();

        List<RunSummary> max = store.runSummaries("s1", ACCURACY);
        assertEquals(List.of("s1_0", "s1_1", "s1_2"), max.stream().map(s -> s.record().runId()).toList());
        RunSummary first = max.get(0);
        assertEquals(RunState.QUEUED, first.state());
        assertEquals(List.of(7, 0.6, 0.7, 400L), List.of(first.intervals(), first.last(), first.best(), first.bestAtMillis()));
        RunSummary min = store.runSummaries("s1", new PrimaryMetric("accuracy", Goal.MINIMIZE)).get(0);
        assertEquals(List.of(0.5, 300L), List.of(min.best(), min.bestAtMillis()));

        RunSummary nonFinite = max.get(1);
        assertEquals(2, nonFinite.intervals());
        assertEquals(Double.POSITIVE_INFINITY, nonFinite.last());
        assertTrue(Double.isNaN(nonFinite.best()), "no finite value: no best");
        assertEquals(0L, nonFinite.bestAtMillis());

        RunSummary none = max.get(2);
        assertEquals(0, none.intervals());
        assertTrue(Double.isNaN(none.last()) && Double.isNaN(none.best()));
        assertEquals(0L, none.bestAtMillis());
    }

    @Test
    void unknownIdsReadAsEmpty() {
        assertEquals(Optional.empty(), store.loadSweep("nope"));
        assertEquals(Optional.empty(), store.sweepRecord("nope"));
        assertEquals(List.of(), store.runSummaries("nope", ACCURACY));
        assertEquals(List.of(), store.stateChanges("nope"));
        assertEquals(List.of(), store.sweeps());
    }

    @Test
    void syncReportsAFailedWriteOnceAndTheWritesAroundItAreKept() {
        createSweepWithRuns("s1", 1);
        store.recordMetric("s1_0", "accuracy", 1, 0.1, 10);
        store.recordMetric("no-such-run", "accuracy", 1, 0.5, 10);
        store.recordMetric("s1_0", "accuracy", 2, 0.2, 20);

        SweepStoreException failure = assertThrows(SweepStoreException.class, store::sync);
        assertTrue(failure.getMessage().contains("no-such-run") && failure.getMessage().contains("accuracy"),
                failure.getMessage());
        assertTrue(failure.getCause() != null, "the cause is kept");

        store.recordMetric("s1_0", "accuracy", 3, 0.3, 30);
        store.sync(); // reported once; later writes go on
        assertEquals(MetricSeries.of(0.1, 0.2, 0.3), store.loadSweep("s1").orElseThrow().runs().get(0).metrics().get("accuracy"));
    }

    @Test
    void aStepStoredTwiceIsAFailedWriteAndTheFirstValueStays() {
        createSweepWithRuns("s1", 1);
        store.recordMetric("s1_0", "accuracy", 1, 0.1, 10);
        store.sync();
        store.recordMetric("s1_0", "accuracy", 1, 0.9, 20);

        SweepStoreException failure = assertThrows(SweepStoreException.class, store::sync);
        assertTrue(failure.getMessage().contains("step 1"), failure.getMessage());
        RunSummary summary = store.runSummaries("s1", ACCURACY).get(0);
        assertEquals(List.of(1, 0.1, 0.1), List.of(summary.intervals(), summary.last(), summary.best()));
    }

    @Test
    void writesAboutUnknownSweepsAndRunsFail() {
        store.recordSweepState("nope", SweepState.COMPLETED, "", T0);
        store.recordRunState("nope_0", RunState.RUNNING, T0, "", Optional.empty());
        store.createRun(run("nope", 0));
        SweepStoreException failure = assertThrows(SweepStoreException.class, store::sync);
        assertTrue(failure.getMessage().contains("nope"), failure.getMessage());
        assertEquals(List.of(), store.sweeps());
    }

    @Test
    void severalThreadsWriteAtOnceAndEachKeepsItsOrder() throws Exception {
        int threads = 4;
        int values = 300;
        createSweepWithRuns("s1", threads);
        store.sync();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String runId = "s1_" + t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 1; i <= values; i++) {
                    store.recordMetric(runId, "accuracy", i, i, i);
                    store.recordRunState(runId, RunState.RUNNING, T0, "change " + i, Optional.empty());
                    if (i % 100 == 0) {
                        store.sync();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        store.sync();

        for (int t = 0; t < threads; t++) {
            List<RunStateChange> changes = store.stateChanges("s1_" + t);
            assertEquals(values + 1, changes.size());
            for (int i = 1; i <= values; i++) {
                assertEquals("change " + i, changes.get(i).reason());
            }
            RunSummary summary = store.runSummaries("s1", ACCURACY).get(t);
            assertEquals(List.of(values, (double) values, (double) values), List.of(summary.intervals(), summary.last(), summary.best()));
        }
    }

    @Test
    void closeIsIdempotentAndRefusesLaterWrites() {
        createSweepWithRuns("s1", 1);
        store.close();
        store.close();
        SweepStoreException refused = assertThrows(SweepStoreException.class,
                () -> store.recordMetric("s1_0", "accuracy", 2, 0.6, 20));
        assertTrue(refused.getMessage().contains("closed"), refused.getMessage());
    }

    @Test
    void badArgumentsAreRefusedOnTheCallersThread() {
        assertThrows(IllegalArgumentException.class, () -> store.recordMetric("s1_0", "accuracy", 0, 0.5, 10));
        assertThrows(NullPointerException.class, () -> store.recordMetric(null, "accuracy", 1, 0.5, 10));
        assertThrows(NullPointerException.class, () -> store.recordSweepState("s1", SweepState.FAILED, null, T0));
        store.sync();
    }
}
