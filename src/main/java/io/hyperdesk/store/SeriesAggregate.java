package io.hyperdesk.store;

/**
 * The aggregates of one (run, metric) series that the writer keeps as values arrive, so that run
 * tables are read from one row per run instead of from every value (the {@code series} table).
 * Owned by the writer thread; not thread-safe.
 *
 * <p>{@code last} is the value of the highest step. {@code max} and {@code min} are over finite
 * values only — a non-finite value ranks worst (SPEC M5) — and are NaN while there is none; their
 * times are when that value was first logged (SPEC M4: ties go to the earlier time).
 */
final class SeriesAggregate {

    final long id;
    int count;
    int lastStep;
    double last = Double.NaN;
    double max = Double.NaN;
    long maxAt;
    double min = Double.NaN;
    long minAt;
    /** Changed since it was last written to the {@code series} row. */
    boolean dirty;

    SeriesAggregate(long id) {
        this.id = id;
    }

    void add(int step, double value, long epochMillis) {
        if (count == 0 || step >= lastStep) {
            lastStep = step;
            last = value;
        }
        count++;
        if (Double.isFinite(value)) {
            if (Double.isNaN(max) || value > max || (value == max && epochMillis < maxAt)) {
                max = value;
                maxAt = epochMillis;
            }
            if (Double.isNaN(min) || value < min || (value == min && epochMillis < minAt)) {
                min = value;
                minAt = epochMillis;
            }
        }
        dirty = true;
    }
}
