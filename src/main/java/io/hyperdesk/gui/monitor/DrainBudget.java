package io.hyperdesk.gui.monitor;

/**
 * How many changed runs the next drain may apply, so that one drain holds the UI thread for about
 * a frame's worth of time whatever the machine and however warm the JVM. It starts small: a live
 * monitor's first drain runs code the JIT has not compiled yet, and on two cores a first batch of
 * 250 runs took up to 57 ms. It doubles after a full batch that was quick and shrinks in
 * proportion after one that was slow. Not thread-safe: the UI thread's.
 */
final class DrainBudget {

    /** The time one drain should take at most: well inside a 16.7 ms frame with the layout after it. */
    static final long TARGET_NANOS = 10_000_000;
    static final int FIRST = 50;
    static final int MIN = 10;
    static final int MAX = 1_000;

    private int runs = FIRST;

    /** The most changed runs the next drain may apply. */
    int runs() {
        return runs;
    }

    /**
     * Learns from the drain that just ended.
     *
     * @param nanos how long it held the UI thread
     * @param full  whether it took as many runs as it could and left more (a burst)
     */
    void record(long nanos, boolean full) {
        if (nanos > TARGET_NANOS) {
            runs = (int) Math.max(MIN, runs * TARGET_NANOS / nanos);
        } else if (full && nanos < TARGET_NANOS / 2) {
            runs = Math.min(MAX, runs * 2);
        }
    }
}
