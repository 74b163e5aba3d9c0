package io.hyperdesk.gui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Window placement and recent projects survive a restart, in the file the app was given. */
class AppPreferencesTest {

    @TempDir
    Path temp;

    @Test
    void placementAndProjectsAreReadBackAfterSave() {
        Path file = temp.resolve("config/gui.properties");
        AppPreferences preferences = AppPreferences.load(file);
        assertEquals(Optional.empty(), preferences.windowPlacement());
        preferences.setWindowPlacement(new WindowPlacement(10, 20, 1280, 800, false));
        preferences.rememberProject(temp.resolve("a"));
        preferences.rememberProject(temp.resolve("b"));
        preferences.rememberProject(temp.resolve("a"));
        assertTrue(preferences.save());

        AppPreferences again = AppPreferences.load(file);
        assertEquals(Optional.of(new WindowPlacement(10, 20, 1280, 800, false)), again.windowPlacement());
        assertEquals(List.of(temp.resolve("a"), temp.resolve("b")), again.recentProjects());
        assertEquals(Optional.of(temp.resolve("a")), again.lastProject());
    }

    @Test
    void theRecentListIsBoundedAndABrokenFileMeansNothingRemembered() throws Exception {
        Path file = temp.resolve("gui.properties");
        AppPreferences preferences = AppPreferences.load(file);
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < AppPreferences.RECENT_LIMIT + 3; i++) {
            folders.add(0, temp.resolve("p" + i));
            preferences.rememberProject(temp.resolve("p" + i));
        }
        assertEquals(folders.subList(0, AppPreferences.RECENT_LIMIT), preferences.recentProjects());

        Files.writeString(file, "window.width=huge\nwindow.x=1\n");
        assertEquals(Optional.empty(), AppPreferences.load(file).windowPlacement());
        assertFalse(new WindowPlacement(0, 0, 50, 50, false).isPlausible());
    }

    @Test
    void theDefaultLocationFollowsTheOverrideProperty() {
        String before = System.getProperty("hyperdesk.config.dir");
        try {
            System.setProperty("hyperdesk.config.dir", temp.toString());
            assertEquals(temp.resolve("gui.properties"), AppPreferences.defaultFile());
        } finally {
            if (before == null) {
                System.clearProperty("hyperdesk.config.dir");
            } else {
                System.setProperty("hyperdesk.config.dir", before);
            }
        }
    }
}
