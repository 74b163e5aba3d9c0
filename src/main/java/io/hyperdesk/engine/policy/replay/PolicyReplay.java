package io.hyperdesk.engine.policy.replay;

import io.hyperdesk.engine.policy.Decision;
import io.hyperdesk.engine.policy.EarlyTerminationPolicy;
import io.hyperdesk.engine.policy.Policies;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Replays a finished sweep's recorded primary-metric values under a policy: which runs it would
 * have canceled, at which interval, and what that would have saved and cost ("what-if").
 *
 * <p>The replay walks the recorded values in time order and, after each value, asks the policy
 * exactly as the live sweep does, with the history as it was at that moment:
 * <ul>
 * <li>a run is absent until its recorded start, then {@code Running}; from its recorded end it
 *     has its recorded final state; its series holds the values that arrived so far;</li>
 * <li>a value of run {@code r} at interval {@code k} is appended to {@code r}'s series, then the
 *     policy judges {@code r} (state {@code Running}) once against the history of all present
 *     runs plus the parent runs;</li>
 * <li>at the first cancel, {@code r} becomes {@code Canceled} at that value's time with the
 *     values {@code 1..k}; its later values never happen;</li>
 * <li>a run that the original sweep canceled (by its policy, a limit or the user) has its
 *     recorded values and nothing more: a replay cannot make it grow.</li>
 * </ul>
 *
 * <p><b>Assumption about the live sweep</b>, on which "replaying a sweep under the policy it ran
 * with reproduces its cancellations exactly" rests: on each primary value the sweep loop, on its
 * one scheduling thread, (1) stamps the value with the time it commits it, (2) builds a
 * {@link SweepHistory} of all its runs as they are at that instant (each series up to what has
 * arrived, each run's current state) and (3) calls the policy once; on a cancel it marks the run
 * {@code Canceled} at once and records no later value of it. Values stamped in the same
 * millisecond are assumed to have been processed in run-number order, then interval order; a run's
 * start and end at the same millisecond as a value come, for that run, before and after its values,
 * and otherwise also in run-number order. Queued runs are left out of the replayed histories; they
 * have no values, so no policy can tell.
 *
 * <p>What a replay cannot know: a canceled run frees its slot, so in reality later runs would
 * have started earlier (and an adaptive sampler might have chosen other configurations). The
 * replay keeps the recorded start times; the saved time is compute not spent, not a shorter sweep.
 *
 * <p>Cost: O(values × runs) — one history and one decision per recorded value.
 */
public final class PolicyReplay {

    private PolicyReplay() {
    }

    /** Replays {@code sweep} under the policy that {@code settings} describe. */
    public static ReplayReport replay(ReplaySweep sweep, PolicySettings settings) {
        return replay(sweep, settings, Policies.create(settings));
    }

    /** As {@link #replay(ReplaySweep, PolicySettings)} with a given policy object (tests). */
    static ReplayReport replay(ReplaySweep sweep, PolicySettings settings, EarlyTerminationPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        List<ReplayRun> runs = new ArrayList<>(sweep.runs());
        runs.sort(Comparator.comparingInt(ReplayRun::number));
        Replaying state = new Replaying(sweep, runs);
        List<ReplayCancel> cancels = new ArrayList<>();
        for (ReplayTimeline.Event event : ReplayTimeline.of(runs)) {
            Track track = state.tracks.get(event.track());
            switch (event.kind()) {
                case START -> state.start(track, event.time());
                case END -> state.end(track, event.time());
                case VALUE -> {
                    if (track.canceledAt >= 0) {
                        continue; // stopped at its first cancel
                    }
                    RunSnapshot judged = state.append(track, event.interval(), event.time());
                    Decision decision = policy.evaluate(state.history(), judged);
                    if (decision.cancel()) {
                        state.cancel(track, event.time());
                        ReplayRun run = track.run;
                        cancels.add(new ReplayCancel(run.runId(), run.number(), event.interval(),
                                run.primary().intervals(), event.time(),
                                Math.max(0, run.endMillis() - event.time()), decision.reason()));
                    }
                }
                default -> throw new IllegalStateException(event.kind().name());
            }
        }
        int[] recorded = new int[runs.size()];
        int[] replayed = new int[runs.size()];
        int totalIntervals = 0;
        long totalMillis = 0;
        for (int i = 0; i < runs.size(); i++) {
            recorded[i] = runs.get(i).primary().intervals();
            replayed[i] = state.tracks.get(i).appender.intervals();
            totalIntervals += recorded[i];
            totalMillis += runs.get(i).durationMillis();
        }
        return new ReplayReport(settings, sweep.primaryMetric().goal(), runs.size(), cancels, totalIntervals,
                totalMillis, BestRuns.of(runs, recorded, sweep.primaryMetric().goal()),
                BestRuns.of(runs, replayed, sweep.primaryMetric().goal()));
    }

    /** One run during the replay. */
    private static final class Track {
        final ReplayRun run;
        final MetricSeries.Appender appender = new MetricSeries.Appender();
        Optional<Instant> startedAt = Optional.empty();
        long canceledAt = -1;

        Track(ReplayRun run) {
            this.run = run;
        }
    }

    /** The sweep as it is at the current moment of the replay. */
    private static final class Replaying {
        final ReplaySweep sweep;
        final List<Track> tracks = new ArrayList<>();
        /** The present runs' snapshots in run-number order, and which track each slot holds. */
        final List<RunSnapshot> present = new ArrayList<>();
        final List<Track> presentTracks = new ArrayList<>();

        Replaying(ReplaySweep sweep, List<ReplayRun> runsByNumber) {
            this.sweep = sweep;
            runsByNumber.forEach(run -> tracks.add(new Track(run)));
        }

        void start(Track track, long time) {
            track.startedAt = Optional.of(Instant.ofEpochMilli(time));
            int slot = 0;
            while (slot < presentTracks.size() && presentTracks.get(slot).run.number() < track.run.number()) {
                slot++;
            }
            presentTracks.add(slot, track);
            present.add(slot, snapshot(track, RunState.RUNNING, Optional.empty()));
        }

        RunSnapshot append(Track track, int interval, long time) {
            track.appender.append(track.run.primary().valueAt(interval), time);
            return put(track, snapshot(track, RunState.RUNNING, Optional.empty()));
        }

        void cancel(Track track, long time) {
            track.canceledAt = time;
            put(track, snapshot(track, RunState.CANCELED, Optional.of(Instant.ofEpochMilli(time))));
        }

        void end(Track track, long time) {
            if (track.canceledAt < 0) {
                put(track, snapshot(track, track.run.finalState(), Optional.of(Instant.ofEpochMilli(time))));
            }
        }

        SweepHistory history() {
            return new SweepHistory(sweep.primaryMetric(), present, sweep.parentRuns());
        }

        private RunSnapshot put(Track track, RunSnapshot snapshot) {
            present.set(presentTracks.indexOf(track), snapshot);
            return snapshot;
        }

        private RunSnapshot snapshot(Track track, RunState state, Optional<Instant> endedAt) {
            ReplayRun run = track.run;
            return new RunSnapshot(sweep.sweepId(), run.runId(), run.number(), run.parameters(), state,
                    track.appender.snapshot(), track.startedAt, endedAt);
        }
    }
}
