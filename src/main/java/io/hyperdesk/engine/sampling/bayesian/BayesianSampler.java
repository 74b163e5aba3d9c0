package io.hyperdesk.engine.sampling.bayesian;

import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.sampling.Sampler;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Bayesian optimisation (SPEC S5): a Gaussian-process surrogate of the primary metric over the
 * search space, and the configuration that maximises log expected improvement as the next run.
 *
 * <p>Called by the sweep once per new run with the whole history (see {@link Sampler}). Each call:
 * <ol>
 *   <li>collects the observations ({@link Observations}: finished runs and parent-sweep runs,
 *       failures imputed as the worst score, queued and running runs pending);</li>
 *   <li>while fewer than {@link BayesianOptions#initialRunsFor} runs exist, returns point number
 *       {@code history.generatedRuns()} of a scrambled Sobol design;</li>
 *   <li>otherwise fits a Matérn 5/2 ARD process with hyperparameters chosen by maximum a posteriori
 *       ({@link Surrogate}), fantasises the pending runs at the posterior mean (kriging believer),
 *       and maximises log EI ({@link AcquisitionOptimizer}).</li>
 * </ol>
 * A configuration already generated (running or finished) is not suggested again when another is
 * free; when every point of a finite space has been generated the answer is empty (SPEC S3, S5).
 *
 * <p>Stateless and deterministic with a seed: all randomness comes from the seed and the run
 * number, so the same history gives the same configuration. Without a seed the sampler draws one
 * base seed when it is built. CPU-bound (milliseconds to a second, see docs/bench/bayesian.md);
 * no I/O. Calls share only immutable state, so one instance may serve several threads.
 */
public final class BayesianSampler implements Sampler {

    private static final int RANDOM_FALLBACK_DRAWS = 10_000;

    private final SpaceEncoding encoding;
    private final long seed;
    private final BayesianOptions options;

    /**
     * A sampler over {@code space} with default options.
     *
     * @throws IllegalArgumentException naming the parameter when the space has an expression other
     *                                  than choice, uniform or quniform, or a quniform with more than
     *                                  100000 points (SPEC S5)
     */
    public BayesianSampler(SearchSpace space, OptionalLong seed) {
        this(space, seed, BayesianOptions.defaults());
    }

    /** A sampler over {@code space} with explicit {@code options}; same checks as above. */
    public BayesianSampler(SearchSpace space, OptionalLong seed, BayesianOptions options) {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(seed, "seed");
        this.options = Objects.requireNonNull(options, "options");
        this.encoding = SpaceEncoding.of(space);
        this.seed = seed.isPresent() ? seed.getAsLong() : new SplittableRandom().nextLong();
    }

    @Override
    public Optional<Configuration> next(SweepHistory history) {
        int run = history.generatedRuns();
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + run);
        Observations observations = Observations.from(history, encoding);
        Set<Configuration> taken = observations.taken();
        OptionalLong size = encoding.finiteSize();
        if (size.isPresent() && taken.size() >= size.getAsLong()) {
            return Optional.empty();
        }
        int initial = options.initialRunsFor(encoding.space().dimension());
        boolean designPhase = observations.size() + observations.pending().size() < initial
                || observations.finiteCount() < 2;
        if (designPhase) {
            return Optional.of(designPoint(run, taken, random));
        }
        Surrogate surrogate = Surrogate.fit(observations, encoding.width(), options.maxObservations(), random);
        Acquisition acquisition = new Acquisition(surrogate.process(), surrogate.incumbent());
        AcquisitionOptimizer optimizer = new AcquisitionOptimizer(encoding, acquisition, random, taken,
                AcquisitionOptimizer.Effort.forObservations(surrogate.process().size()));
        Optional<double[]> best = optimizer.maximise(surrogate.anchors());
        return Optional.of(best.map(encoding::decode).orElseGet(() -> randomFreePoint(taken, random)));
    }

    /** Point {@code run} of the seeded Sobol design, or a free point when that one was taken. */
    private Configuration designPoint(int run, Set<Configuration> taken, SplittableRandom random) {
        ScrambledSobol design = new ScrambledSobol(encoding.space().dimension(), new SplittableRandom(seed));
        Configuration configuration = encoding.fromQuantiles(design.pointAt(run));
        if (!isTaken(configuration, taken)) {
            return configuration;
        }
        return randomFreePoint(taken, random);
    }

    /** A uniformly random configuration not yet taken (enumerated in small finite spaces). */
    private Configuration randomFreePoint(Set<Configuration> taken, SplittableRandom random) {
        OptionalLong size = encoding.finiteSize();
        if (size.isPresent() && size.getAsLong() <= AcquisitionOptimizer.ENUMERATION_LIMIT) {
            java.util.List<Configuration> free = new java.util.ArrayList<>();
            for (long index = 0; index < size.getAsLong(); index++) {
                Configuration configuration = encoding.decode(encoding.pointAt(index));
                if (!taken.contains(configuration)) {
                    free.add(configuration);
                }
            }
            if (!free.isEmpty()) {
                return free.get(random.nextInt(free.size()));
            }
        }
        Configuration configuration = null;
        double[] u = new double[encoding.space().dimension()];
        for (int draw = 0; draw < RANDOM_FALLBACK_DRAWS; draw++) {
            for (int j = 0; j < u.length; j++) {
                u[j] = random.nextDouble();
            }
            configuration = encoding.fromQuantiles(u);
            if (!isTaken(configuration, taken)) {
                return configuration;
            }
        }
        return configuration;
    }

    private boolean isTaken(Configuration configuration, Set<Configuration> taken) {
        return encoding.encode(configuration).map(x -> taken.contains(encoding.decode(x))).orElse(false);
    }
}
