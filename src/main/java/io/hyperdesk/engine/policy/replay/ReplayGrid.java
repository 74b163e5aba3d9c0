package io.hyperdesk.engine.policy.replay;

import io.hyperdesk.engine.policy.PolicySettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Replays a finished sweep under a grid of policy settings and ranks the outcomes, to help pick
 * a policy for the next sweep.
 *
 * <p>The standard grid (11 settings): Bandit with {@code slack_factor} 0.05, 0.1, 0.2 and 0.3;
 * Median stopping with {@code delay_evaluation} 1, 5 and 10; Truncation selection with 10, 20, 30
 * and 50 % ({@code exclude_finished_runs} false). All use {@code evaluation_interval} 1, and
 * {@code delay_evaluation} 5 unless the grid varies it.
 *
 * <p>Order: settings that keep the best run first, then by intervals saved (most first), then by
 * run time saved (most first); equal outcomes keep the grid's order.
 */
public final class ReplayGrid {

    /** The {@code evaluation_interval} of every standard setting. */
    public static final int EVALUATION_INTERVAL = 1;
    /** The {@code delay_evaluation} of every standard setting that does not vary it. */
    public static final int DELAY_EVALUATION = 5;

    /** Best run kept first, then intervals saved, then time saved, both descending. */
    public static final Comparator<ReplayReport> ORDER = Comparator
            .comparing((ReplayReport report) -> !report.bestRunKept())
            .thenComparing(Comparator.comparingInt(ReplayReport::savedIntervals).reversed())
            .thenComparing(Comparator.comparingLong(ReplayReport::savedMillis).reversed());

    private ReplayGrid() {
    }

    /** The standard grid, in a fixed order. */
    public static List<PolicySettings> standardSettings() {
        List<PolicySettings> settings = new ArrayList<>();
        for (double factor : new double[] {0.05, 0.1, 0.2, 0.3}) {
            settings.add(new PolicySettings.Bandit(OptionalDouble.of(factor), OptionalDouble.empty(),
                    EVALUATION_INTERVAL, DELAY_EVALUATION));
        }
        for (int delay : new int[] {1, 5, 10}) {
            settings.add(new PolicySettings.MedianStopping(EVALUATION_INTERVAL, delay));
        }
        for (int percentage : new int[] {10, 20, 30, 50}) {
            settings.add(new PolicySettings.TruncationSelection(percentage, false, EVALUATION_INTERVAL,
                    DELAY_EVALUATION));
        }
        return List.copyOf(settings);
    }

    /** Replays {@code sweep} under the standard grid; reports in {@link #ORDER}. */
    public static List<ReplayReport> replay(ReplaySweep sweep) {
        return replay(sweep, standardSettings());
    }

    /** Replays {@code sweep} under each of {@code settings}; reports in {@link #ORDER}. */
    public static List<ReplayReport> replay(ReplaySweep sweep, List<PolicySettings> settings) {
        List<ReplayReport> reports = new ArrayList<>();
        for (PolicySettings each : settings) {
            reports.add(PolicyReplay.replay(sweep, each));
        }
        reports.sort(ORDER); // stable: ties keep the grid's order
        return List.copyOf(reports);
    }
}
