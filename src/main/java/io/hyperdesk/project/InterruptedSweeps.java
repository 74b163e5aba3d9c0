package io.hyperdesk.project;

import io.hyperdesk.engine.sweep.SweepState;
import io.hyperdesk.engine.sweep.SweepSummary;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * SPEC W4: a sweep still marked Running whose owning process is gone was interrupted (the app or
 * the machine died). Its going runs become Interrupted, not lost, and it can be resumed.
 */
public final class InterruptedSweeps {

    private InterruptedSweeps() {
    }

    /** Marks every orphaned Running sweep of the project as Interrupted; returns how many. */
    public static int recover(Project project) {
        int count = 0;
        for (SweepSummary sweep : project.sweeps()) {
            if (sweep.state() != SweepState.RUNNING) {
                continue;
            }
            OptionalLong owner = project.sqliteStore().ownerPid(sweep.id());
            // A sweep owned by this very process is the one it is running now; another owner counts
            // when it is alive and started when the sweep's owner did (a reused pid does not).
            boolean alive = owner.isPresent() && owner.getAsLong() == ProcessHandle.current().pid()
                    || project.sqliteStore().isOwnerAlive(sweep.id());
            if (!alive) {
                project.sqliteStore().markInterrupted(sweep.id(),
                        "interrupted: HyperDesk stopped while the sweep was running; `hyperdesk resume` continues it",
                        Instant.now());
                count++;
            }
        }
        if (count > 0) {
            project.store().sync();
        }
        return count;
    }
}
