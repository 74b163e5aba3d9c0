package io.hyperdesk.engine.policy.replay;

import static io.hyperdesk.engine.policy.PolicyNumbers.format;

import io.hyperdesk.engine.policy.PolicyRules;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.run.Goal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a policy would have done to a finished sweep ("what-if"), from a {@link PolicyReplay}.
 *
 * <p>The best run is judged by SPEC M4 over this sweep's runs only: parent runs cannot be
 * canceled by a replay, so counting them would hide what the policy costs this sweep. The
 * original best run is <em>kept</em> when it is still the best run after the replay: it is not
 * canceled, or canceled only after it logged its best value (M4 counts canceled runs with the
 * values they logged).
 *
 * @param settings       the replayed policy
 * @param goal           the sweep's goal
 * @param runCount       the number of runs replayed
 * @param cancels        the runs the policy would have canceled, in the order it would have
 * @param totalIntervals all intervals the runs logged
 * @param totalRunMillis the sum of the runs' run times (end − start)
 * @param originalBest   the best run as recorded; empty when no run logged a finite value
 * @param replayBest     the best run over the values that would have been logged
 */
public record ReplayReport(
        PolicySettings settings,
        Goal goal,
        int runCount,
        List<ReplayCancel> cancels,
        int totalIntervals,
        long totalRunMillis,
        Optional<BestRun> originalBest,
        Optional<BestRun> replayBest) {

    public ReplayReport {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(goal, "goal");
        cancels = List.copyOf(cancels);
        Objects.requireNonNull(originalBest, "originalBest");
        Objects.requireNonNull(replayBest, "replayBest");
    }

    /** Intervals that would not have run. */
    public int savedIntervals() {
        return cancels.stream().mapToInt(ReplayCancel::savedIntervals).sum();
    }

    /** Run time that would not have been spent, in milliseconds. */
    public long savedMillis() {
        return cancels.stream().mapToLong(ReplayCancel::savedMillis).sum();
    }

    /** {@link #savedIntervals()} as a share of all intervals, 0..1 (0 for a sweep without values). */
    public double intervalsSavedShare() {
        return totalIntervals == 0 ? 0 : (double) savedIntervals() / totalIntervals;
    }

    /** {@link #savedMillis()} as a share of all run time, 0..1. */
    public double timeSavedShare() {
        return totalRunMillis == 0 ? 0 : (double) savedMillis() / totalRunMillis;
    }

    /** True when the recorded best run would still be the best run (or there was none). */
    public boolean bestRunKept() {
        return originalBest.isEmpty()
                || replayBest.isPresent() && replayBest.get().runId().equals(originalBest.get().runId());
    }

    /** The cancel of the recorded best run, when the policy would have canceled it at all. */
    public Optional<ReplayCancel> bestRunCancel() {
        return originalBest.flatMap(best -> cancels.stream().filter(c -> c.runId().equals(best.runId())).findFirst());
    }

    /**
     * How far the best score after the replay falls behind the recorded best score, as a
     * non-negative amount; 0 when nothing is lost, NaN when no best would remain.
     */
    public double shortfall() {
        if (originalBest.isEmpty()) {
            return 0;
        }
        if (replayBest.isEmpty()) {
            return Double.NaN;
        }
        double original = originalBest.get().score();
        double replayed = replayBest.get().score();
        return goal == Goal.MAXIMIZE ? original - replayed : replayed - original;
    }

    /** {@link #shortfall()} relative to the recorded best score's magnitude; NaN when that is 0. */
    public double relativeShortfall() {
        double shortfall = shortfall();
        if (shortfall == 0) {
            return 0;
        }
        double original = originalBest.map(BestRun::score).orElse(Double.NaN);
        return original == 0 ? Double.NaN : shortfall / Math.abs(original);
    }

    /**
     * One line for a person, e.g. "Bandit (slack_factor 0.1, …): cancels 12 of 40 runs, saves
     * 35.2% of intervals and 31.8% of run time (1h 02m); keeps the best run s_7 (0.9731)".
     */
    public String summary() {
        String text = PolicyRules.label(settings) + ": cancels " + cancels.size() + " of " + runCount
                + " runs, saves " + percent(intervalsSavedShare()) + " of intervals and " + percent(timeSavedShare())
                + " of run time (" + duration(savedMillis()) + ")";
        if (originalBest.isEmpty()) {
            return text + "; no run logged a finite value";
        }
        BestRun best = originalBest.get();
        if (bestRunKept()) {
            return text + "; keeps the best run " + best.runId() + " (" + format(best.score()) + ")";
        }
        String lost = text + "; loses the best run " + best.runId() + " (" + format(best.score()) + ")";
        if (replayBest.isEmpty()) {
            return lost + ", and no run with a finite value remains";
        }
        return lost + ": the best left is " + replayBest.get().runId() + " (" + format(replayBest.get().score())
                + "), " + format(shortfall()) + " behind (" + percent(relativeShortfall()) + ")";
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String duration(long millis) {
        long minutes = Math.round(millis / 60_000.0);
        if (minutes < 60) {
            return millis < 60_000 ? String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0) : minutes + " min";
        }
        return String.format(java.util.Locale.ROOT, "%dh %02dm", minutes / 60, minutes % 60);
    }
}
