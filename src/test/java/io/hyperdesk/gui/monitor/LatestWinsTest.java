package io.hyperdesk.gui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class LatestWinsTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> ui = new ArrayDeque<>();
    private final LatestWins<Integer> latest = new LatestWins<>(background::add, ui::add);
    private final List<Integer> computed = new ArrayList<>();
    private final List<Integer> applied = new ArrayList<>();

    private void submit(int value) {
        latest.submit(() -> {
            computed.add(value);
            return value;
        }, applied::add);
    }

    @Test
    void requestsReplacedBeforeTheyStartAreNeverComputed() {
        submit(1);
        submit(2);
        submit(3);
        assertEquals(1, background.size(), "one computation at a time");
        background.poll().run();
        assertEquals(List.of(3), computed);
        ui.forEach(Runnable::run);
        assertEquals(List.of(3), applied);
    }

    @Test
    void aFinishedResultIsShownEvenWhileNewerOnesAreComing() {
        submit(1);
        Runnable worker = background.poll();
        // The worker computes 1, then finds 2 pending and computes it in the same loop.
        latest.submit(() -> {
            computed.add(2);
            return 2;
        }, applied::add);
        worker.run();
        assertEquals(List.of(2), computed, "1 was replaced before the worker started");
        submit(3);
        background.poll().run();
        ui.poll().run();
        assertEquals(List.of(2), applied);
        ui.poll().run();
        assertEquals(List.of(2, 3), applied);
    }

    @Test
    void anOlderResultArrivingLateIsDropped() {
        submit(1);
        background.poll().run();
        Runnable applyOne = ui.poll();
        submit(2);
        background.poll().run();
        ui.poll().run();
        applyOne.run();
        assertEquals(List.of(2), applied);
    }
}
