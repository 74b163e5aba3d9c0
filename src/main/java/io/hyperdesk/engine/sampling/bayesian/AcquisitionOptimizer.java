package io.hyperdesk.engine.sampling.bayesian;

import io.hyperdesk.engine.space.Configuration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Finds the point of the space with the highest {@link Acquisition} that has not been generated
 * yet.
 *
 * <p>A small finite space (at most {@link #ENUMERATION_LIMIT} configurations) is scored point by
 * point, which is exact. Otherwise: a scrambled Sobol cloud over the cube plus Gaussian
 * perturbations of the best observed points (where the optimum of a smooth objective usually
 * is, and where a global cloud is too sparse to resolve it), all snapped to the space; the best
 * few are refined — continuous coordinates by {@link BoundedLbfgs} on the analytic gradient,
 * discrete ones level by level — and the best free configuration wins.
 */
final class AcquisitionOptimizer {

    /** Finite spaces up to this size are enumerated. */
    static final long ENUMERATION_LIMIT = 4096;

    private static final double[] PERTURBATION_SCALES = {0.001, 0.005, 0.02, 0.08, 0.25};

    /** How much searching one suggestion may do. */
    record Effort(int sobolCandidates, int localCandidates, int starts, int iterations) {

        /** Less searching as each acquisition evaluation gets dearer (O(n²) for n observations). */
        static Effort forObservations(int n) {
            if (n <= 150) {
                return new Effort(1000, 1000, 8, 60);
            }
            if (n <= 400) {
                return new Effort(400, 400, 4, 40);
            }
            return new Effort(150, 150, 2, 25);
        }
    }

    private record Candidate(double[] point, double score) {
    }

    private final SpaceEncoding encoding;
    private final Acquisition acquisition;
    private final SplittableRandom random;
    private final Set<Configuration> taken;
    private final Effort effort;

    AcquisitionOptimizer(SpaceEncoding encoding, Acquisition acquisition, SplittableRandom random,
            Set<Configuration> taken, Effort effort) {
        this.encoding = encoding;
        this.acquisition = acquisition;
        this.random = random;
        this.taken = taken;
        this.effort = effort;
    }

    /**
     * The best free point found, snapped to the space; {@code anchors} are observed points, best
     * first, around which to search locally. Empty only when every candidate was taken.
     */
    Optional<double[]> maximise(List<double[]> anchors) {
        OptionalLong size = encoding.finiteSize();
        if (size.isPresent() && size.getAsLong() <= ENUMERATION_LIMIT) {
            return enumerate(size.getAsLong());
        }
        List<Candidate> pool = new ArrayList<>();
        ScrambledSobol sobol = new ScrambledSobol(encoding.width(), random);
        for (int i = 0; i < effort.sobolCandidates(); i++) {
            pool.add(score(sobol.next()));
        }
        int anchorCount = Math.min(anchors.size(), 5);
        for (int a = 0; a < anchorCount; a++) {
            // The incumbent gets half of the local budget, the runners-up share the rest.
            int share = a == 0 ? effort.localCandidates() / 2 : effort.localCandidates() / (2 * (anchorCount - 1));
            for (int i = 0; i < share; i++) {
                pool.add(score(perturb(anchors.get(a))));
            }
        }
        pool.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> refined = new ArrayList<>();
        for (Candidate start : pool) {
            if (refined.size() >= effort.starts()) {
                break;
            }
            if (refined.stream().noneMatch(c -> close(c.point(), start.point()))) {
                refined.add(refine(start));
            }
        }
        pool.addAll(refined);
        pool.sort(Comparator.comparingDouble(Candidate::score).reversed());
        for (Candidate candidate : pool) {
            if (!taken.contains(encoding.decode(candidate.point()))) {
                return Optional.of(candidate.point());
            }
        }
        return Optional.empty();
    }

    private Optional<double[]> enumerate(long size) {
        Candidate best = null;
        for (long index = 0; index < size; index++) {
            double[] x = encoding.pointAt(index);
            if (taken.contains(encoding.decode(x))) {
                continue;
            }
            double score = acquisition.value(x);
            if (best == null || score > best.score()) {
                best = new Candidate(x, score);
            }
        }
        return Optional.ofNullable(best).map(Candidate::point);
    }

    private Candidate score(double[] x) {
        encoding.snap(x);
        return new Candidate(x, acquisition.value(x));
    }

    /** A random neighbour: Gaussian steps on relaxed coordinates, a random level now and then on discrete ones. */
    private double[] perturb(double[] anchor) {
        double[] x = anchor.clone();
        double scale = PERTURBATION_SCALES[random.nextInt(PERTURBATION_SCALES.length)];
        List<ParameterEncoding> parameters = encoding.parameters();
        // Half of the neighbours move every parameter, half only a few (coordinate-wise moves).
        double moveProbability = random.nextBoolean() ? 1 : Math.min(1, 2.0 / parameters.size());
        boolean moved = false;
        for (int p = 0; p < parameters.size(); p++) {
            ParameterEncoding parameter = parameters.get(p);
            if (parameter.width() == 0 || random.nextDouble() >= moveProbability) {
                continue;
            }
            int offset = encoding.offset(p);
            if (parameter.relaxed()) {
                x[offset] = ContinuousEncoding.clamp(x[offset] + scale * gaussian());
                moved = true;
            } else if (random.nextDouble() < Math.max(scale * 2, 0.1)) {
                parameter.writeLevel(random.nextLong(parameter.levels()), x, offset);
                moved = true;
            }
        }
        if (!moved) {
            int p = random.nextInt(parameters.size());
            ParameterEncoding parameter = parameters.get(p);
            if (parameter.relaxed()) {
                x[encoding.offset(p)] = ContinuousEncoding.clamp(x[encoding.offset(p)] + scale * gaussian());
            } else if (parameter.width() > 0) {
                parameter.writeLevel(random.nextLong(parameter.levels()), x, encoding.offset(p));
            }
        }
        return x;
    }

    /** Gradient ascent on the relaxed coordinates, then a pass over the levels of the discrete ones. */
    private Candidate refine(Candidate start) {
        Candidate best = start;
        double[] lower = best.point().clone();
        double[] upper = best.point().clone();
        boolean anyRelaxed = false;
        List<ParameterEncoding> parameters = encoding.parameters();
        for (int p = 0; p < parameters.size(); p++) {
            if (parameters.get(p).relaxed()) {
                int offset = encoding.offset(p);
                lower[offset] = 0;
                upper[offset] = 1;
                anyRelaxed = true;
            }
        }
        if (anyRelaxed) {
            BoundedLbfgs optimiser = new BoundedLbfgs(effort.iterations(), 1e-9, 1e-12);
            BoundedLbfgs.Result result = optimiser.minimise((x, g) -> {
                double value = acquisition.valueAndGradient(x, g);
                for (int j = 0; j < g.length; j++) {
                    g[j] = -g[j];
                }
                return -value;
            }, best.point(), lower, upper);
            Candidate polished = score(result.point());
            if (polished.score() > best.score()) {
                best = polished;
            }
        }
        for (int p = 0; p < parameters.size(); p++) {
            ParameterEncoding parameter = parameters.get(p);
            if (parameter.relaxed() || parameter.width() == 0) {
                continue;
            }
            long levels = parameter.levels();
            int tries = (int) Math.min(levels, 64);
            for (int t = 0; t < tries; t++) {
                long level = levels <= 64 ? t : random.nextLong(levels);
                double[] x = best.point().clone();
                parameter.writeLevel(level, x, encoding.offset(p));
                Candidate moved = score(x);
                if (moved.score() > best.score()) {
                    best = moved;
                }
            }
        }
        return best;
    }

    private double gaussian() {
        return random.nextGaussian();
    }

    private static boolean close(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return sum < 1e-12;
    }
}
