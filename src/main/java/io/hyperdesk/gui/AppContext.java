package io.hyperdesk.gui;

import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.prefs.AppPreferences;
import java.time.Clock;
import java.util.Objects;

/**
 * What the window's view models are built with: where preferences live, the two executors, the
 * clock and the machine's cores. The app uses {@link #defaults()}; tests give their own (a temporary
 * preferences file, direct executors).
 */
public record AppContext(AppPreferences preferences, UiExecutor ui, BackgroundExecutor background, Clock clock,
                         int cores) {

    public AppContext {
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(ui, "ui");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(clock, "clock");
    }

    /** The user's preferences file, the FX thread, daemon background threads, the system clock. */
    public static AppContext defaults() {
        return new AppContext(AppPreferences.load(AppPreferences.defaultFile()), UiExecutor.fx(),
                BackgroundExecutor.threads("background"), Clock.systemDefaultZone(),
                Runtime.getRuntime().availableProcessors());
    }
}
