package io.hyperdesk.engine.policy.replay;

import io.hyperdesk.engine.run.MetricSeries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The moments of a recorded sweep in the order the live sweep met them: each run's start, each
 * primary value, each run's end. Ordered by time, then run number, then within a run start,
 * values by interval, end. A run's times are made consistent first (values never before the
 * start or after the end, never before the previous value), so a clock step in the record cannot
 * reorder a run's own intervals.
 */
final class ReplayTimeline {

    enum Kind { START, VALUE, END }

    /** @param track index of the run in the number-ordered run list; interval 0 for start and end */
    record Event(long time, int number, int order, Kind kind, int track, int interval) {
    }

    private static final Comparator<Event> ORDER = Comparator.comparingLong(Event::time)
            .thenComparingInt(Event::number)
            .thenComparingInt(Event::order);

    private ReplayTimeline() {
    }

    /** @param runs ordered by run number */
    static List<Event> of(List<ReplayRun> runs) {
        List<Event> events = new ArrayList<>();
        for (int track = 0; track < runs.size(); track++) {
            ReplayRun run = runs.get(track);
            long[] times = valueTimes(run.primary());
            int n = times.length;
            long start = n == 0 ? run.startMillis() : Math.min(run.startMillis(), times[0]);
            long end = n == 0 ? run.endMillis() : Math.max(run.endMillis(), times[n - 1]);
            events.add(new Event(start, run.number(), 0, Kind.START, track, 0));
            for (int i = 0; i < n; i++) {
                events.add(new Event(times[i], run.number(), i + 1, Kind.VALUE, track, i + 1));
            }
            events.add(new Event(end, run.number(), Integer.MAX_VALUE, Kind.END, track, 0));
        }
        events.sort(ORDER);
        return events;
    }

    /** Value times made non-decreasing. */
    private static long[] valueTimes(MetricSeries series) {
        long[] times = new long[series.intervals()];
        for (int i = 0; i < times.length; i++) {
            long time = series.timeAt(i + 1);
            times[i] = i == 0 ? time : Math.max(time, times[i - 1]);
        }
        return times;
    }
}
