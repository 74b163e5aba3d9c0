package io.hyperdesk.gui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.gui.SampleProject;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.project.ProjectSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancel from the Runs area: the runs stop, end Canceled, and the sweep's thread returns. */
class RunsViewModelTest {

    @TempDir
    Path temp;

    @Test
    void cancelStopsTheRunsAndFinishesTheSweep() throws Exception {
        Path project = SampleProject.create(temp.resolve("slow"));
        Files.writeString(project.resolve("train.py"), """
                import json, time
                print("##hyperdesk " + json.dumps({"accuracy": 0.5}), flush=True)
                time.sleep(60)
                """);
        SweepConfig config = SweepFileReader.read(project.resolve("sweep.json")).configOrThrow();
        RunsViewModel runs = new RunsViewModel(UiExecutor.direct(), BackgroundExecutor.threads("test"), Clock.systemUTC());
        try (ProjectSession session = ProjectSession.open(project)) {
            runs.start(session, config);
            AtomicBoolean finished = new AtomicBoolean();
            runs.whenFinished(() -> finished.set(true));
            long until = System.currentTimeMillis() + 20_000;
            while (runs.rowsProperty().get().stream().noneMatch(r -> r.intervalsProperty().get() == 1)
                    && System.currentTimeMillis() < until) {
                Thread.sleep(50);
                runs.drain();
            }
            assertTrue(runs.progressTextProperty().get().contains("2 running"), runs.progressTextProperty().get());
            assertTrue(runs.elapsedTextProperty().get().endsWith(" of 5:00 max"), runs.elapsedTextProperty().get());

            runs.cancel("canceled by the user");
            assertTrue(runs.awaitFinished(20_000));
            runs.drain();
            assertTrue(finished.get());
            assertFalse(runs.isRunning());
            assertEquals(2, runs.rowsProperty().get().size());
            runs.rowsProperty().get().forEach(row -> {
                assertEquals(RunState.CANCELED, row.stateProperty().get());
                assertEquals("canceled by the user", row.reasonProperty().get());
            });
            assertTrue(runs.outcomeProperty().get().startsWith("Canceled: canceled by the user"),
                    runs.outcomeProperty().get());
        }
    }
}
