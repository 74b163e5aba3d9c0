package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.run.Goal;
import java.util.Collection;
import java.util.Optional;

/** SPEC M3, M4: which run is the best. */
public final class BestRun {

    private BestRun() {
    }

    /**
     * The run with the best score (its best logged value, SPEC M3). Failed and canceled runs are
     * eligible; runs with no finite value are not (M5: non-finite values rank worst). Ties go to
     * the run that reached the score first, then to the lower run number. Pass the parent sweeps'
     * runs too when the sweep warm-started (M4).
     */
    public static Optional<RunSummary> select(Collection<RunSummary> runs, Goal goal) {
        RunSummary best = null;
        for (RunSummary run : runs) {
            if (!Double.isFinite(run.best())) {
                continue;
            }
            if (best == null || goal.isBetter(run.best(), best.best())
                    || (run.best() == best.best() && reachedEarlier(run, best))) {
                best = run;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean reachedEarlier(RunSummary a, RunSummary b) {
        if (a.bestAtMillis() != b.bestAtMillis()) {
            return a.bestAtMillis() < b.bestAtMillis();
        }
        return a.record().number() < b.record().number();
    }
}
