package io.hyperdesk.gui.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.hyperdesk.config.ConfigProblem;
import io.hyperdesk.config.SweepFileResult;
import io.hyperdesk.config.SweepFileWriter;
import io.hyperdesk.engine.sweep.SweepConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sweep designer: the search-space editor and the settings form, validated as a whole after
 * every edit with {@code validate}'s messages, with undo/redo, the unsaved-changes flag, and
 * sweep.json load and save. One method per user action; lives on the UI thread; no toolkit needed.
 */
public final class SweepDesignViewModel {

    private final SpaceEditorViewModel space = new SpaceEditorViewModel();
    private final SweepSettingsViewModel settings = new SweepSettingsViewModel();
    private final ObservableList<ConfigProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<DesignMessage> messages = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SweepConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final ReadOnlyStringWrapper spaceSize = new ReadOnlyStringWrapper(this, "spaceSize", "");
    private final ReadOnlyStringWrapper commandPreview = new ReadOnlyStringWrapper(this, "commandPreview", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final DesignHistory history = new DesignHistory();
    private final int cores;

    private String defaultName = "sweep";
    private SweepDraft saved;
    private boolean restoring;

    /** @param cores the machine's cores, for the defaults of a new sweep (SPEC L4) */
    public SweepDesignViewModel(int cores) {
        this.cores = cores;
        space.setOnEdit(this::edited);
        settings.setOnEdit(this::edited);
        SweepDraft empty = DesignDefaults.forFolder(Path.of("sweep"), cores);
        apply(empty);
        history.reset(empty);
        saved = empty;
        refresh(empty);
    }

    private void edited(String key) {
        if (restoring) {
            return;
        }
        SweepDraft draft = draft();
        history.record(draft, key);
        refresh(draft);
    }

    /** The designer as it stands. */
    public SweepDraft draft() {
        return settings.toDraft(space.toDrafts());
    }

    private void apply(SweepDraft draft) {
        restoring = true;
        try {
            space.restore(draft.parameters());
            settings.restore(draft);
        } finally {
            restoring = false;
        }
    }

    private void refresh(SweepDraft draft) {
        SweepFileResult result = DraftValidation.validate(draft, defaultName);
        problems.setAll(result.errors());
        warnings.setAll(result.warnings());
        SweepConfig valid = result.config().orElse(null);
        config.set(valid);
        spaceSize.set(SpaceSize.describe(valid, draft.samplingMethod()));
        commandPreview.set(valid == null ? "(shown when the sweep has no problems)" : CommandPreview.of(valid));
        dirty.set(!draft.equals(saved));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    /** Starts a new sweep for a project folder without sweep.json (SPEC L4 defaults). */
    public void startNew(Path folder) {
        defaultName = folderName(folder);
        messages.setAll(new DesignMessage(DesignMessage.Level.INFO, "This project has no sweep.json yet: the designer "
                + "starts from an example sweep; Save writes " + folder.resolve("sweep.json") + "."));
        SweepDraft draft = DesignDefaults.forFolder(folder, cores);
        start(draft, null);
    }

    /**
     * Loads a sweep.json, valid or not. Fields the form cannot hold are listed in the message bar
     * as lost on save; a file that is not JSON at all opens as a new sweep with the reason shown.
     */
    public void load(Path sweepFile) {
        Path folder = sweepFile.toAbsolutePath().getParent();
        defaultName = folderName(folder);
        JsonNode root;
        try {
            root = DesignDocument.MAPPER.readTree(Files.readString(sweepFile, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            unreadable(folder, sweepFile + " is not valid JSON (" + e.getOriginalMessage() + ")");
            return;
        } catch (IOException e) {
            unreadable(folder, "cannot read " + sweepFile + ": " + e.getMessage());
            return;
        }
        if (root == null || !root.isObject()) {
            unreadable(folder, sweepFile + " does not hold one JSON object");
            return;
        }
        List<String> notes = new ArrayList<>();
        SweepDraft draft = DraftReader.read(root, notes);
        List<String> lost = LostFields.between(root, DesignDocument.toTree(draft, new ArrayList<>()));
        List<DesignMessage> loaded = new ArrayList<>();
        if (!lost.isEmpty()) {
            loaded.add(new DesignMessage(DesignMessage.Level.WARNING, "sweep.json has " + (lost.size() == 1 ? "a field" : "fields")
                    + " HyperDesk does not know: " + String.join(", ", lost) + ". " + (lost.size() == 1 ? "It is" : "They are")
                    + " not in the form and will be lost when you save."));
        }
        notes.forEach(note -> loaded.add(new DesignMessage(DesignMessage.Level.WARNING, note)));
        messages.setAll(loaded);
        start(draft, draft);
    }

    private void unreadable(Path folder, String reason) {
        SweepDraft draft = DesignDefaults.forFolder(folder, cores);
        start(draft, null);
        messages.setAll(new DesignMessage(DesignMessage.Level.ERROR, reason + ". The designer shows an example sweep; "
                + "saving replaces the file."));
    }

    private void start(SweepDraft draft, SweepDraft asSaved) {
        apply(draft);
        history.reset(draft);
        saved = asSaved;
        space.selectedIndexProperty().set(draft.parameters().isEmpty() ? -1 : 0);
        refresh(draft);
    }

    /**
     * Writes sweep.json with {@code SweepFileWriter}, so the file is exactly what {@code validate}
     * accepts; refuses while the sweep has problems. Returns whether it saved.
     */
    public boolean save(Path sweepFile) {
        SweepDraft draft = draft();
        SweepFileResult result = DraftValidation.validate(draft, defaultName);
        if (!result.isValid()) {
            messages.setAll(new DesignMessage(DesignMessage.Level.ERROR, "Not saved: the sweep has "
                    + result.errors().size() + (result.errors().size() == 1 ? " problem" : " problems")
                    + "; the first is " + result.errors().get(0) + "."));
            return false;
        }
        try {
            SweepFileWriter.write(result.configOrThrow(), sweepFile);
        } catch (UncheckedIOException e) {
            messages.setAll(new DesignMessage(DesignMessage.Level.ERROR, "Not saved: " + e.getMessage()));
            return false;
        }
        saved = draft;
        messages.setAll(new DesignMessage(DesignMessage.Level.INFO, "Saved " + sweepFile + "."));
        refresh(draft);
        return true;
    }

    /** The current validation: the config when valid, every problem otherwise. */
    public SweepFileResult check() {
        return DraftValidation.validate(draft(), defaultName);
    }

    public void undo() {
        history.undo().ifPresent(this::restoreStep);
    }

    public void redo() {
        history.redo().ifPresent(this::restoreStep);
    }

    private void restoreStep(SweepDraft draft) {
        apply(draft);
        refresh(draft);
    }

    /** Closes one message of the bar. */
    public void dismiss(DesignMessage message) {
        messages.remove(message);
    }

    private static String folderName(Path folder) {
        return folder == null || folder.getFileName() == null ? "sweep" : folder.getFileName().toString();
    }

    public SpaceEditorViewModel space() {
        return space;
    }

    public SweepSettingsViewModel settings() {
        return settings;
    }

    /** Every problem of the current draft, each naming its field (SPEC E13, L1, S4–S6). */
    public ObservableList<ConfigProblem> problems() {
        return problems;
    }

    /** Warnings that do not stop a sweep (SPEC S4, S5). */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** The message bar: load and save outcomes, fields that will be lost. */
    public ObservableList<DesignMessage> messages() {
        return messages;
    }

    /** The validated sweep, or null while there are problems. */
    public ReadOnlyObjectProperty<SweepConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    /** E.g. "48 configurations (every parameter is a choice)". */
    public ReadOnlyStringProperty spaceSizeProperty() {
        return spaceSize.getReadOnlyProperty();
    }

    /** The first run's full command line, for one sampled configuration. */
    public ReadOnlyStringProperty commandPreviewProperty() {
        return commandPreview.getReadOnlyProperty();
    }

    /** True when the draft differs from what was loaded or last saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
