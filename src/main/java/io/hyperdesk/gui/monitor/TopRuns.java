package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.run.Goal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The "top k" filter: the {@code k} runs with the best scores (SPEC M3). */
public final class TopRuns {

    private TopRuns() {
    }

    /**
     * The {@code k} best-scored runs of {@code rows}; runs without a finite score are never among
     * them (SPEC M5). Ties go to the lower run number.
     */
    public static Set<RunRow> of(Collection<RunRow> rows, Goal goal, int k) {
        List<RunRow> scored = new ArrayList<>();
        for (RunRow row : rows) {
            if (Double.isFinite(row.score())) {
                scored.add(row);
            }
        }
        Comparator<RunRow> byScore = (a, b) -> goal.isBetter(a.score(), b.score()) ? -1
                : goal.isBetter(b.score(), a.score()) ? 1 : 0;
        scored.sort(byScore.thenComparingInt(RunRow::number));
        return new HashSet<>(scored.subList(0, Math.min(k, scored.size())));
    }
}
