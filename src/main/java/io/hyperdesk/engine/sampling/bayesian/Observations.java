package io.hyperdesk.engine.sampling.bayesian;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.space.Configuration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the surrogate learns from a {@link SweepHistory}: encoded points with outcomes oriented for
 * maximisation, the points of runs still going, and every configuration already generated.
 *
 * <ul>
 *   <li>Parent sweeps' runs come first, as prior observations (SPEC W2); the config layer has
 *       checked that their space is the same (W1). A run whose configuration does not fit the
 *       space is left out.</li>
 *   <li>A finished run with a finite score (its best value, SPEC M3) is an observation; with
 *       goal {@code minimize} the score is negated.</li>
 *   <li>A run that failed or completed without a finite score (no value, or only NaN/±∞: SPEC
 *       M5) is an observation of the worst finite score seen, so the model steers away from it
 *       without letting one crash stretch the outcome scale.</li>
 *   <li>A canceled or interrupted run that logged nothing tells nothing about its configuration
 *       (a user or a limit stopped it): it is not modelled, only kept out of new suggestions.</li>
 *   <li>Queued and running runs are pending: fantasised by the model, never suggested again.</li>
 * </ul>
 */
final class Observations {

    private final List<double[]> points = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final List<double[]> pending = new ArrayList<>();
    private final Set<Configuration> taken = new HashSet<>();
    private int finite;

    private Observations() {
    }

    static Observations from(SweepHistory history, SpaceEncoding encoding) {
        Observations observations = new Observations();
        Goal goal = history.goal();
        for (RunSnapshot run : history.parentRuns()) {
            observations.add(run, goal, encoding);
        }
        for (RunSnapshot run : history.runs()) {
            observations.add(run, goal, encoding);
        }
        observations.imputeFailures();
        return observations;
    }

    private void add(RunSnapshot run, Goal goal, SpaceEncoding encoding) {
        java.util.Optional<double[]> encoded = encoding.encode(run.parameters());
        if (encoded.isEmpty()) {
            return;
        }
        double[] x = encoded.get();
        taken.add(encoding.decode(x));
        if (!run.isFinished()) {
            pending.add(x);
            return;
        }
        double score = run.score(goal);
        if (Double.isFinite(score)) {
            points.add(x);
            values.add(goal == Goal.MINIMIZE ? -score : score);
            finite++;
            return;
        }
        boolean stoppedFromOutside = run.state() == RunState.CANCELED || run.state() == RunState.INTERRUPTED;
        if (stoppedFromOutside && run.primary().isEmpty()) {
            return;
        }
        points.add(x);
        values.add(Double.NaN);
    }

    private void imputeFailures() {
        double worst = Double.POSITIVE_INFINITY;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                worst = Math.min(worst, value);
            }
        }
        for (int i = 0; i < values.size(); i++) {
            if (Double.isNaN(values.get(i))) {
                values.set(i, worst);
            }
        }
    }

    /** Observations in the model (finite scores plus imputed failures). */
    int size() {
        return points.size();
    }

    /** Observations with a finite score of their own. */
    int finiteCount() {
        return finite;
    }

    /** The {@code i}-th observation's coordinates (do not modify). */
    double[] point(int i) {
        return points.get(i);
    }

    /** The {@code i}-th outcome, oriented so that larger is better; imputed for failures. */
    double value(int i) {
        return values.get(i);
    }

    /** Coordinates of queued and running runs. */
    List<double[]> pending() {
        return pending;
    }

    /** Every configuration generated so far (this sweep and its parents), as the space decodes it. */
    Set<Configuration> taken() {
        return taken;
    }
}
