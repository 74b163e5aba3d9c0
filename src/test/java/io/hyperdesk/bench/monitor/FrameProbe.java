package io.hyperdesk.bench.monitor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Measures how long the JavaFX thread goes without a frame: an AnimationTimer runs on every pulse
 * (about 60 per second when the thread is free), so the longest gap between two calls is the
 * longest pause of the UI thread, rendering included. Start and stop on the FX thread.
 */
final class FrameProbe extends AnimationTimer {

    private final List<Long> gaps = new ArrayList<>();
    private long first;
    private long last;
    private long longest;
    private long longestEndedAt;

    @Override
    public void handle(long now) {
        if (last != 0) {
            long gap = now - last;
            // Kept as we go: the probe runs on the thread it measures, every frame.
            if (gap > longest) {
                longest = gap;
                longestEndedAt = now;
            }
            gaps.add(gap);
        } else {
            first = now;
        }
        last = now;
    }

    void reset() {
        gaps.clear();
        last = 0;
        first = 0;
        longest = 0;
        longestEndedAt = 0;
    }

    /** When the longest gap ended, in seconds after the first frame since the reset. */
    double longestAtSeconds() {
        return (longestEndedAt - first) / 1e9;
    }

    /** The longest gap, in milliseconds. */
    double maxMillis() {
        return longest / 1e6;
    }

    /** The {@code p}-th percentile gap (0..100), in milliseconds. */
    double percentileMillis(double p) {
        if (gaps.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(gaps);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p / 100 * sorted.size()))) / 1e6;
    }

    int frames() {
        return gaps.size();
    }
}
