package io.hyperdesk.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.sweep.RunHandle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancel and leftovers: a run leaves no process behind, and its end is always reported. */
class LocalProcessLauncherCancelTest {

    /** Signal exit codes as the JDK reports them: 128 + signal number. */
    private static final int SIGTERM_EXIT = 143;
    private static final int SIGKILL_EXIT = 137;

    @TempDir
    Path directory;

    @Test
    void cancelStopsAForkingShellScriptAndItsChild() throws Exception {
        TestProject project = new TestProject(directory, Duration.ofSeconds(5));
        project.script("fork.sh", """
                echo '##hyperdesk {"accuracy": 0.1}'
                sleep 1000 &
                echo "$!!" > "$HYPERDESK_OUTPUT_DIR/child.pid"
                wait
                """);
        RecordingObserver observer = new RecordingObserver();
        RunHandle run = project.launcher.launch(project.request("sweep_0", "sh", "fork.sh"), observer);
        long child = project.awaitPid("sweep_0", "child.pid");
        assertTrue(running(child));

        run.cancel();

        assertEquals(SIGTERM_EXIT, observer.awaitExit(TestProject.TIMEOUT));
        assertFalse(running(child), "the child sleep must be gone when the run's end is reported");
        assertEquals(List.of(0.1), observer.values("accuracy"), "what the run logged before it died is kept");
    }

    @Test
    void aTreeThatIgnoresSigtermIsKilledAfterTheGracePeriodAndCancelNeverBlocks() throws Exception {
        TestProject project = new TestProject(directory, Duration.ofMillis(400));
        project.script("stubborn.py", """
                import os, signal, subprocess, sys, time
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
                child = subprocess.Popen([sys.executable, "-c",
                    "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(1000)"])
                with open(os.path.join(os.environ["HYPERDESK_OUTPUT_DIR"], "child.pid"), "w") as f:
                    f.write(str(child.pid) + "!")
                time.sleep(1000)
                """);
        RecordingObserver observer = new RecordingObserver();
        RunHandle run = project.launchPython("sweep_0", "stubborn.py", observer);
        long child = project.awaitPid("sweep_0", "child.pid");

        long before = System.nanoTime();
        run.cancel();
        run.cancel();
        long tookMillis = (System.nanoTime() - before) / 1_000_000;

        assertTrue(tookMillis < 200, "cancel() returned after " + tookMillis + " ms; it must not wait for the grace period");
        assertEquals(SIGKILL_EXIT, observer.awaitExit(TestProject.TIMEOUT));
        assertFalse(running(child));
        run.cancel(); // after the end: still harmless
    }

    @Test
    void cancelReachesAGrandchildThatWasOrphanedWhileTheScriptRan() throws Exception {
        TestProject project = new TestProject(directory, Duration.ofMillis(400));
        project.script("daemon.sh", """
                ( sleep 1000 & echo "$!!" > "$HYPERDESK_OUTPUT_DIR/daemon.pid" )
                echo "$$!" > "$HYPERDESK_OUTPUT_DIR/script.pid"
                sleep 1000
                """);
        RecordingObserver observer = new RecordingObserver();
        RunHandle run = project.launcher.launch(project.request("sweep_0", "sh", "daemon.sh"), observer);
        long daemon = project.awaitPid("sweep_0", "daemon.pid");
        long script = project.awaitPid("sweep_0", "script.pid");
        assertTrue(ProcessHandle.of(script).orElseThrow().descendants().noneMatch(p -> p.pid() == daemon),
                "the subshell exited, so the daemon is no longer the script's descendant");

        run.cancel();

        assertEquals(SIGTERM_EXIT, observer.awaitExit(TestProject.TIMEOUT));
        assertFalse(running(daemon), "a process re-parented away from the script still belongs to the run");
    }

    @Test
    void childrenLeftBehindByAFinishedScriptAreStoppedAndTheEndIsStillReported() throws Exception {
        TestProject project = new TestProject(directory, Duration.ofMillis(400));
        project.script("leave.sh", """
                sleep 1000 &
                echo "$!!" > "$HYPERDESK_OUTPUT_DIR/child.pid"
                echo '##hyperdesk {"accuracy": 0.9}'
                exit 0
                """);
        RecordingObserver observer = new RecordingObserver();

        project.launcher.launch(project.request("sweep_0", "sh", "leave.sh"), observer);

        assertEquals(0, observer.awaitExit(TestProject.TIMEOUT), "the script's own exit code, not the child's");
        long child = project.awaitPid("sweep_0", "child.pid");
        assertFalse(running(child));
        assertEquals(List.of(0.9), observer.values("accuracy"));
        assertEquals(1, observer.warnings.size(), observer.warnings.toString());
        assertTrue(observer.warnings.get(0).contains("left 1 process(es) running"), observer.warnings.get(0));
    }

    @Test
    void aChildThatEndsJustAfterTheScriptIsLeftToFinishUnwarned() throws Exception {
        TestProject project = new TestProject(directory, Duration.ofMillis(400));
        project.script("worker.sh", """
                ( sleep 0.1; echo worker done ) &
                exit 0
                """);
        RecordingObserver observer = new RecordingObserver();

        project.launcher.launch(project.request("sweep_0", "sh", "worker.sh"), observer);

        assertEquals(0, observer.awaitExit(TestProject.TIMEOUT));
        assertEquals(List.of(), observer.warnings);
        assertEquals("worker done\n", java.nio.file.Files.readString(project.folder("sweep_0").stdoutLog()));
    }

    private static boolean running(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent() && ProcessTree.isRunning(process.get());
    }
}
