package io.hyperdesk.engine.policy;

import java.util.Objects;

/** Builds the policy that {@link PolicySettings} describe. */
public final class Policies {

    private Policies() {
    }

    /**
     * The policy for {@code settings}.
     *
     * @throws IllegalArgumentException when the settings are out of range (the message names the
     *                                  sweep.json field); the config layer normally refuses those first
     */
    public static EarlyTerminationPolicy create(PolicySettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings instanceof PolicySettings.Bandit bandit) {
            return new BanditPolicy(bandit);
        }
        if (settings instanceof PolicySettings.MedianStopping median) {
            return new MedianStoppingPolicy(median);
        }
        if (settings instanceof PolicySettings.TruncationSelection truncation) {
            return new TruncationSelectionPolicy(truncation);
        }
        return new NoTerminationPolicy();
    }
}
