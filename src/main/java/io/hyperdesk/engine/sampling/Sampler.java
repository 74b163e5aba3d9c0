package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.space.Configuration;
import java.util.Optional;

/**
 * Chooses the configuration of the next run of a sweep.
 *
 * <p>Called by the sweep on its scheduling thread (never the FX thread) each time a slot is free,
 * once per new run, with the history at that moment: every run generated so far — queued,
 * running and finished, in generation order — and the runs of parent sweeps. The next run's
 * number is {@link SweepHistory#generatedRuns()}.
 *
 * <p>A sampler holds no hidden state that the history does not imply: given the same history it
 * returns the same configuration, so a sweep restored from the store samples exactly as the one
 * that was interrupted. It may be slow (Bayesian), but must not block on I/O.
 */
public interface Sampler {

    /**
     * The configuration for run number {@code history.generatedRuns()}, or empty when the space is
     * exhausted (a finished grid, or every point of an all-choice space drawn: SPEC S3, S4).
     */
    Optional<Configuration> next(SweepHistory history);
}
