package io.hyperdesk.gui.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.config.ConfigProblem;
import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.config.SweepFileResult;
import io.hyperdesk.engine.sampling.SamplingMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The designer as a whole: validate's messages, sweep.json round trips, lost fields, undo/redo. */
class SweepDesignViewModelTest {

    private static final String SWEEP = """
            {"name": "digits", "command": ["python3", "train.py", "--epochs", "20"],
             "parameter_space": {"learning_rate": "loguniform(-9.2, -2.3)", "batch_size": "choice(16, 32, 64, 128)",
                                 "layers": "choice(range(1, 5))"},
             "sampling": {"method": "random", "seed": 7},
             "primary_metric_name": "accuracy", "primary_metric_goal": "maximize",
             "policy": {"type": "bandit", "slack_factor": 0.1, "evaluation_interval": 1, "delay_evaluation": 5},
             "max_total_runs": 40, "max_concurrent_runs": 2, "max_duration_minutes": 60}
            """;

    @TempDir
    Path temp;

    private SweepDesignViewModel loaded(String json) throws Exception {
        Path project = Files.createDirectories(temp.resolve("digits"));
        Files.writeString(project.resolve("sweep.json"), json);
        SweepDesignViewModel design = new SweepDesignViewModel(4);
        design.load(project.resolve("sweep.json"));
        return design;
    }

    /** What `validate` says about a document. */
    private static List<ConfigProblem> validate(String json) {
        return SweepFileReader.parse(json, "digits").errors();
    }

    @Test
    void aValidFileLoadsIntoTheFormWithoutProblemsOrChanges() throws Exception {
        SweepDesignViewModel design = loaded(SWEEP);
        assertEquals(List.of(), design.problems());
        assertEquals(List.of(), design.messages());
        assertFalse(design.isDirty());
        assertEquals("python3 train.py --epochs 20", design.settings().commandProperty().get());
        assertEquals(List.of("learning_rate", "batch_size", "layers"),
                design.space().parameters().stream().map(ParameterViewModel::name).toList());
        assertEquals(SweepFileReader.parse(SWEEP, "digits").configOrThrow(), design.configProperty().get());
        assertTrue(design.commandPreviewProperty().get().startsWith("python3 train.py --epochs 20 --learning_rate "),
                design.commandPreviewProperty().get());
        assertEquals(0, design.space().selectedIndexProperty().get());
    }

    @Test
    void settingsProblemsAreValidatesMessagesForTheSameField() throws Exception {
        SweepDesignViewModel design = loaded(SWEEP);
        design.settings().maxTotalRunsProperty().set("0");
        design.settings().maxConcurrentRunsProperty().set("two");
        design.settings().slackProperty().set("-1");

        assertEquals(validate(SWEEP.replace("\"max_total_runs\": 40", "\"max_total_runs\": 0")
                .replace("\"max_concurrent_runs\": 2", "\"max_concurrent_runs\": \"two\"")
                .replace("\"slack_factor\": 0.1", "\"slack_factor\": -1")), design.problems());
        assertNull(design.configProperty().get());
        assertTrue(design.isDirty());
    }

    @Test
    void parameterProblemsNameTheParameterAndDuplicateNamesAreRefused() throws Exception {
        SweepDesignViewModel design = loaded(SWEEP);
        design.space().parameters().get(0).expressionTextProperty().set("loguniform(-1, -6)");
        assertEquals(validate(SWEEP.replace("loguniform(-9.2, -2.3)", "loguniform(-1, -6)")), design.problems());
        assertEquals("parameter_space.learning_rate", design.problems().get(0).field());

        design.space().parameters().get(0).expressionTextProperty().set("uniform(0, 1)");
        design.space().parameters().get(1).nameProperty().set("layers");
        assertEquals(1, design.problems().size());
        assertEquals("parameter_space.layers", design.problems().get(0).field());
        assertTrue(design.problems().get(0).message().contains("used twice"));
    }

    @Test
    void bayesianLocksThePolicyAndGridRefusesContinuousParameters() throws Exception {
        SweepDesignViewModel design = loaded(SWEEP);
        SweepSettingsViewModel settings = design.settings();
        settings.samplingMethodProperty().set(SamplingMethod.BAYESIAN);
        assertEquals(PolicyType.NONE, settings.policyTypeProperty().get());
        assertFalse(settings.policyEditableProperty().get());
        assertEquals(List.of("parameter_space.learning_rate"), design.problems().stream().map(ConfigProblem::field).toList());

        settings.samplingMethodProperty().set(SamplingMethod.GRID);
        assertEquals(PolicyType.BANDIT, settings.policyTypeProperty().get(), "the policy comes back");
        design.space().parameters().get(0).expressionTextProperty().set("choice(0.01, 0.1)");
        settings.maxTotalRunsProperty().set("10");
        assertEquals(List.of(), design.problems());
        assertEquals(List.of("grid has 32 combinations; max_total_runs 10 leaves out 22"),
                design.warnings());
        assertEquals("32 configurations; the grid runs 10 of them", design.spaceSizeProperty().get());
    }

    @Test
    void aLoadedBayesianSweepWithAPolicyShowsS6() throws Exception {
        SweepDesignViewModel design = loaded(SWEEP.replace("\"random\"", "\"bayesian\"")
                .replace("\"loguniform(-9.2, -2.3)\"", "\"uniform(0.0001, 0.1)\""));
        assertEquals(validate(SWEEP.replace("\"random\"", "\"bayesian\"")
                .replace("\"loguniform(-9.2, -2.3)\"", "\"uniform(0.0001, 0.1)\"")), design.problems());
        assertTrue(design.problems().get(0).message().startsWith("Bayesian sampling cannot take an early-termination"));
    }

    @Test
    void saveThenLoadGivesTheSameSweepAndAFileThatValidates() throws Exception {
        SweepDesignViewModel design = loaded(SWEEP);
        design.space().add();
        design.space().selected().kindProperty().set(ParameterKind.QLOGNORMAL);
        design.space().selected().nameProperty().set("hidden");
        design.settings().policyTypeProperty().set(PolicyType.TRUNCATION_SELECTION);
        design.settings().truncationPercentageProperty().set("20");
        design.settings().excludeFinishedRunsProperty().set(true);
        design.settings().seedProperty().set("");
        Path file = temp.resolve("digits/sweep.json");
        assertTrue(design.save(file));
        assertFalse(design.isDirty());

        SweepFileResult written = SweepFileReader.read(file);
        assertTrue(written.isValid(), written.errors().toString());
        assertEquals(design.configProperty().get(), written.configOrThrow());

        SweepDesignViewModel reloaded = new SweepDesignViewModel(4);
        reloaded.load(file);
        assertEquals(design.configProperty().get(), reloaded.configProperty().get());
        assertEquals(List.of("learning_rate", "hidden", "batch_size", "layers"),
                reloaded.space().parameters().stream().map(ParameterViewModel::name).toList());
        assertEquals(List.of(), reloaded.messages());
    }

    @Test
    void saveIsRefusedWhileThereAreProblems() throws Exception {
        SweepDesignViewModel design = loaded(SWEEP);
        design.settings().primaryMetricNameProperty().set("");
        assertFalse(design.save(temp.resolve("digits/sweep.json")));
        assertEquals(SWEEP, Files.readString(temp.resolve("digits/sweep.json")));
        assertTrue(design.messages().get(0).text().startsWith("Not saved: the sweep has 1 problem; the first is "
                + "primary_metric_name: is required"), design.messages().toString());
    }

    @Test
    void unknownFieldsAreReportedAndDroppedOnlyOnSave() throws Exception {
        SweepDesignViewModel design = loaded(SWEEP.replace("\"max_total_runs\": 40", "\"max_total_runs\": 40, \"max_total_run\": 9")
                .replace("\"seed\": 7", "\"seed\": 7, \"rule\": \"sobol\""));
        assertEquals(1, design.messages().size());
        assertEquals(DesignMessage.Level.WARNING, design.messages().get(0).level());
        assertEquals("sweep.json has fields HyperDesk does not know: max_total_run, sampling.rule. They are not in the "
                + "form and will be lost when you save.", design.messages().get(0).text());
        assertEquals(List.of(), design.problems());

        assertTrue(design.save(temp.resolve("digits/sweep.json")));
        String saved = Files.readString(temp.resolve("digits/sweep.json"));
        assertFalse(saved.contains("max_total_run\""));
        assertFalse(saved.contains("rule"));
    }

    @Test
    void aBrokenFileOpensAsAnExampleWithTheReason() throws Exception {
        SweepDesignViewModel design = loaded("{\"name\": ");
        assertEquals(DesignMessage.Level.ERROR, design.messages().get(0).level());
        assertTrue(design.messages().get(0).text().contains("is not valid JSON"));
        assertNotNull(design.configProperty().get());
    }

    @Test
    void undoTakesBackATypedWordThenAStructuralEditAndRedoRepeats() throws Exception {
        SweepDesignViewModel design = loaded(SWEEP);
        var runs = design.settings().maxTotalRunsProperty();
        runs.set("4");
        runs.set("40");
        runs.set("400");
        design.space().selectedIndexProperty().set(1);
        design.space().remove();
        assertEquals(2, design.space().parameters().size());
        assertTrue(design.canUndoProperty().get());

        design.undo();
        assertEquals(3, design.space().parameters().size());
        assertEquals("batch_size", design.space().parameters().get(1).name());
        assertEquals("400", runs.get());
        design.undo();
        assertEquals("40", runs.get());
        assertFalse(design.canUndoProperty().get());
        assertFalse(design.isDirty());

        design.redo();
        design.redo();
        assertEquals(2, design.space().parameters().size());
        assertFalse(design.canRedoProperty().get());
        design.undo();
        runs.set("41");
        assertFalse(design.canRedoProperty().get(), "a new edit drops the redo steps");
    }

    @Test
    void undoRestoresTheParameterFormToo() throws Exception {
        SweepDesignViewModel design = loaded(SWEEP);
        ParameterViewModel rate = design.space().parameters().get(0);
        rate.kindProperty().set(ParameterKind.UNIFORM);
        rate.argumentProperty(1).set("0.5");
        design.undo();
        assertEquals(ParameterKind.UNIFORM, rate.kindProperty().get());
        design.undo();
        assertEquals(ParameterKind.LOGUNIFORM, rate.kindProperty().get());
        assertEquals("loguniform(-9.2, -2.3)", rate.expressionTextProperty().get());
        assertEquals("-2.3", rate.argumentProperty(1).get());
    }

    @Test
    void aNewProjectStartsFromAValidExampleAndIsUnsaved() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("fresh"));
        Files.writeString(folder.resolve("model.py"), "");
        SweepDesignViewModel design = new SweepDesignViewModel(2);
        design.startNew(folder);
        assertEquals("python3 model.py", design.settings().commandProperty().get());
        assertEquals("fresh", design.settings().nameProperty().get());
        assertEquals("2", design.settings().maxConcurrentRunsProperty().get());
        assertEquals(List.of(), design.problems());
        assertTrue(design.isDirty());
        assertTrue(design.save(folder.resolve("sweep.json")));
        assertTrue(SweepFileReader.read(folder.resolve("sweep.json")).isValid());
    }
}
