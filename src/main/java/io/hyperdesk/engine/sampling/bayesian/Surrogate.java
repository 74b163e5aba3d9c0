package io.hyperdesk.engine.sampling.bayesian;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The fitted model of one suggestion: a {@link GaussianProcess} on the transformed observations
 * ({@link OutcomeTransform}) with fitted hyperparameters and the pending runs fantasised in, the
 * incumbent for expected improvement, and the best observed points to search around.
 *
 * <p>Two choices here shape the search:
 * <ul>
 *   <li>The prior mean is pessimistic: the worst transformed outcome, not the average. With the
 *       average, every unexplored corner of the cube looks as good as a typical run and, having
 *       the largest variance, wins the acquisition once the best region is refined (the known
 *       boundary over-exploration of stationary kernels). With the worst, exploration goes where
 *       the data suggest something good may hide. The hyperparameters are fitted under the
 *       same prior (on the outcomes minus the worst), which gives a larger signal variance than
 *       centred outcomes would and a model less sure of itself away from the data; on the
 *       benchmarks that converged about twice as fast.</li>
 *   <li>Everything is recomputed from the observations on each suggestion (the sampler is
 *       stateless). To keep that affordable as a sweep grows, the hyperparameters are fitted on at
 *       most {@link #FIT_POINTS} observations — all of them up to that size, else a seeded random
 *       subset — while the posterior is conditioned on all (up to
 *       {@link BayesianOptions#maxObservations()}). Length scales and noise are global properties
 *       that 80 random points estimate well; the O(n³) fit on every point would dominate
 *       the latency.</li>
 * </ul>
 */
final class Surrogate {

    static final int FIT_POINTS = 80;
    private static final int ANCHORS = 5;

    private final GaussianProcess process;
    private final double incumbent;
    private final List<double[]> anchors;

    private Surrogate(GaussianProcess process, double incumbent, List<double[]> anchors) {
        this.process = process;
        this.incumbent = incumbent;
        this.anchors = anchors;
    }

    /** Fits the model; {@code observations} must hold at least two observations. */
    static Surrogate fit(Observations observations, int width, int maxObservations, SplittableRandom random) {
        int[] kept = keep(observations, maxObservations, random);
        int n = kept.length;
        double[] points = new double[n * width];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(observations.point(kept[i]), 0, points, i * width, width);
            values[i] = observations.value(kept[i]);
        }
        OutcomeTransform.apply(values);
        double worst = Double.POSITIVE_INFINITY;
        for (double value : values) {
            worst = Math.min(worst, value);
        }
        double[] aboveWorst = new double[n];
        for (int i = 0; i < n; i++) {
            aboveWorst[i] = values[i] - worst;
        }
        GpHyperparameters hyper = fitHyperparameters(points, aboveWorst, n, width, random);
        GaussianProcess process = GaussianProcess.condition(points, aboveWorst, n, hyper);
        // The incumbent is the best posterior mean at an observed point rather than the best
        // observation: with a noisy metric the luckiest run overstates what its configuration
        // gives, and EI would then under-explore around it. Without noise the two agree.
        double incumbent = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            incumbent = Math.max(incumbent, process.mean(observations.point(kept[i])));
        }
        for (double[] pending : observations.pending()) {
            process.addFantasy(pending);
        }
        List<double[]> anchors = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -values[i]))
                .limit(ANCHORS)
                .map(i -> observations.point(kept[i]))
                .toList();
        return new Surrogate(process, incumbent, anchors);
    }

    GaussianProcess process() {
        return process;
    }

    /** The best posterior mean at an observed point, on the process's scale. */
    double incumbent() {
        return incumbent;
    }

    /** The best observed points, best first. */
    List<double[]> anchors() {
        return anchors;
    }

    /** The indices of the observations to model: all, or the best half plus a seeded random sample of the rest. */
    private static int[] keep(Observations observations, int maxObservations, SplittableRandom random) {
        int n = observations.size();
        if (n <= maxObservations) {
            return IntStream.range(0, n).toArray();
        }
        Integer[] byValue = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -observations.value(i)))
                .toArray(Integer[]::new);
        int best = maxObservations / 2;
        List<Integer> rest = new ArrayList<>(List.of(byValue).subList(best, n));
        shuffle(rest, random);
        List<Integer> kept = new ArrayList<>(List.of(byValue).subList(0, best));
        kept.addAll(rest.subList(0, maxObservations - best));
        return kept.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static GpHyperparameters fitHyperparameters(double[] points, double[] values, int n, int width,
            SplittableRandom random) {
        HyperparameterFit fit = HyperparameterFit.forObservations(n);
        if (n <= FIT_POINTS) {
            return fit.fit(points, values, n, width, random);
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        shuffle(order, random);
        double[] subsetPoints = new double[FIT_POINTS * width];
        double[] subsetValues = new double[FIT_POINTS];
        for (int i = 0; i < FIT_POINTS; i++) {
            int source = order.get(i);
            System.arraycopy(points, source * width, subsetPoints, i * width, width);
            subsetValues[i] = values[source];
        }
        return fit.fit(subsetPoints, subsetValues, FIT_POINTS, width, random);
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
