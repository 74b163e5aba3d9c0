package io.hyperdesk.gui.prefs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the app remembers between starts: the window's placement, the last project and the recent
 * projects. Kept in a small properties file whose location is given, so tests never touch the
 * user's own; {@link #defaultFile()} is {@code $XDG_CONFIG_HOME/hyperdesk/gui.properties} (or
 * {@code ~/.config/...}), overridden by the system property {@code hyperdesk.config.dir}.
 *
 * <p>A missing or broken file means "nothing remembered"; a file that cannot be written is
 * reported by {@link #save()}'s return value and never stops the app. UI thread only.
 */
public final class AppPreferences {

    /** How many recent projects the File menu lists. */
    public static final int RECENT_LIMIT = 8;

    private final Path file;
    private final Properties values = new Properties();

    private AppPreferences(Path file) {
        this.file = file;
    }

    /** Reads {@code file} (when it exists). */
    public static AppPreferences load(Path file) {
        AppPreferences preferences = new AppPreferences(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                preferences.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                preferences.values.clear();
            }
        }
        return preferences;
    }

    /** The user's preferences file (see the class comment). */
    public static Path defaultFile() {
        String override = System.getProperty("hyperdesk.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override, "gui.properties");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("hyperdesk").resolve("gui.properties");
    }

    public Path file() {
        return file;
    }

    /** The remembered placement, when it is plausible. */
    public Optional<WindowPlacement> windowPlacement() {
        try {
            WindowPlacement placement = new WindowPlacement(number("window.x"), number("window.y"),
                    number("window.width"), number("window.height"),
                    Boolean.parseBoolean(values.getProperty("window.maximized")));
            return placement.isPlausible() ? Optional.of(placement) : Optional.empty();
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private double number(String key) {
        return Double.parseDouble(values.getProperty(key));
    }

    public void setWindowPlacement(WindowPlacement placement) {
        values.setProperty("window.x", Double.toString(placement.x()));
        values.setProperty("window.y", Double.toString(placement.y()));
        values.setProperty("window.width", Double.toString(placement.width()));
        values.setProperty("window.height", Double.toString(placement.height()));
        values.setProperty("window.maximized", Boolean.toString(placement.maximized()));
    }

    /** The project open when the app last closed. */
    public Optional<Path> lastProject() {
        String path = values.getProperty("project.last");
        return path == null || path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
    }

    /** Recent project folders, most recent first. */
    public List<Path> recentProjects() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String path = values.getProperty("project.recent." + i);
            if (path != null && !path.isBlank()) {
                recent.add(Path.of(path));
            }
        }
        return recent;
    }

    /** Records {@code folder} as the last project and at the top of the recent ones. */
    public void rememberProject(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(normalized);
        recent.add(0, normalized);
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < recent.size()) {
                values.setProperty("project.recent." + i, recent.get(i).toString());
            } else {
                values.remove("project.recent." + i);
            }
        }
        values.setProperty("project.last", normalized.toString());
    }

    /** Writes the file; false when it cannot be written (the app goes on without remembering). */
    public boolean save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "HyperDesk window and recent projects");
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
