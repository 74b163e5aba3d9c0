package io.hyperdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesAggregateTest {

    @Test
    void nonFiniteValuesCountButNeverBecomeMaxOrMin() {
        SeriesAggregate s = new SeriesAggregate(1);
        s.add(1, Double.NaN, 10);
        s.add(2, Double.NEGATIVE_INFINITY, 20);
        assertTrue(Double.isNaN(s.max) && Double.isNaN(s.min), "no finite value yet");
        s.add(3, 0.5, 30);
        s.add(4, Double.POSITIVE_INFINITY, 40);
        assertEquals(List.of(4, 4, Double.POSITIVE_INFINITY), List.of(s.count, s.lastStep, s.last));
        assertEquals(List.of(0.5, 30L, 0.5, 30L), List.of(s.max, s.maxAt, s.min, s.minAt));
    }

    @Test
    void tiesKeepTheEarlierTimeAndLastIsTheHighestStep() {
        SeriesAggregate s = new SeriesAggregate(1);
        s.add(3, 0.7, 300);
        s.add(1, 0.7, 100); // logged late, but earlier in time
        s.add(2, 0.7, 200);
        assertEquals(List.of(0.7, 100L, 0.7, 100L), List.of(s.max, s.maxAt, s.min, s.minAt));
        assertEquals(List.of(3, 0.7), List.of(s.lastStep, s.last));
        s.add(5, 0.1, 500);
        s.add(4, 0.9, 400);
        assertEquals(List.of(5, 0.1, 0.9, 400L, 0.1, 500L), List.of(s.lastStep, s.last, s.max, s.maxAt, s.min, s.minAt));
    }
}
