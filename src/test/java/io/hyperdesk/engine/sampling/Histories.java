package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.ExpressionParser;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test helpers: spaces from expression texts, histories of given configurations. */
final class Histories {

    static final PrimaryMetric METRIC = new PrimaryMetric("accuracy", Goal.MAXIMIZE);

    private Histories() {
    }

    /** A space from name/expression pairs: {@code space("a", "choice(1, 2)", "b", "uniform(0, 1)")}. */
    static SearchSpace space(String... namesAndTexts) {
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            parameters.add(new Parameter(namesAndTexts[i],
                    ExpressionParser.parse(namesAndTexts[i], namesAndTexts[i + 1]).orElseThrow()));
        }
        return new SearchSpace(parameters);
    }

    static SweepHistory of(List<Configuration> configurations) {
        List<RunSnapshot> runs = new ArrayList<>();
        for (Configuration configuration : configurations) {
            int n = runs.size();
            runs.add(new RunSnapshot("sweep", "sweep_" + n, n, configuration, RunState.QUEUED, MetricSeries.empty(),
                    Optional.empty(), Optional.empty()));
        }
        return new SweepHistory(METRIC, runs, List.of());
    }

    /** Asks the sampler again and again, adding each answer to the history, until it says empty or {@code limit} runs. */
    static List<Configuration> drain(Sampler sampler, int limit) {
        List<Configuration> drawn = new ArrayList<>();
        while (drawn.size() < limit) {
            Optional<Configuration> next = sampler.next(of(drawn));
            if (next.isEmpty()) {
                break;
            }
            drawn.add(next.get());
        }
        return drawn;
    }
}
