package io.hyperdesk.engine.sampling.bayesian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.SearchSpace;
import io.hyperdesk.engine.space.Uniform;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservationsTest {

    private static final SpaceEncoding LINE = SpaceEncoding.of(new SearchSpace(List.of(
            new Parameter("x", new Uniform(0, 10)))));

    @Test
    void sortsRunsIntoObservationsImputedFailuresAndPendingRuns() {
        SweepHistory history = new SweepHistory(new PrimaryMetric("loss", Goal.MINIMIZE), List.of(
                run(0, 1, RunState.COMPLETED, MetricSeries.of(5, 3, 4)),
                run(1, 2, RunState.COMPLETED, MetricSeries.of(7)),
                run(2, 3, RunState.FAILED, MetricSeries.empty()),
                run(3, 4, RunState.COMPLETED, MetricSeries.of(Double.NaN)),
                run(4, 5, RunState.CANCELED, MetricSeries.empty()),
                run(5, 6, RunState.INTERRUPTED, MetricSeries.empty()),
                run(6, 7, RunState.RUNNING, MetricSeries.of(1)),
                run(7, 8, RunState.QUEUED, MetricSeries.empty())),
                List.of(run(0, 9, RunState.CANCELED, MetricSeries.of(2))));
        Observations observations = Observations.from(history, LINE);
        // Parent first; scores (best values, SPEC M3) negated for minimize; failures at the worst (−7).
        assertEquals(5, observations.size());
        assertEquals(3, observations.finiteCount());
        double[] expected = {-2, -3, -7, -7, -7};
        double[] xs = {0.9, 0.1, 0.2, 0.3, 0.4};
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], observations.value(i), 0, "value " + i);
            assertEquals(xs[i], observations.point(i)[0], 1e-12, "point " + i);
        }
        // Canceled and interrupted runs without values say nothing about their configuration.
        assertEquals(2, observations.pending().size());
        assertEquals(9, observations.taken().size(), "every generated configuration is taken");
    }

    private static RunSnapshot run(int number, double x, RunState state, MetricSeries series) {
        return new RunSnapshot("s", "s_" + number, number, Configuration.of(Map.of("x", x)), state, series,
                Optional.empty(), Optional.empty());
    }
}
