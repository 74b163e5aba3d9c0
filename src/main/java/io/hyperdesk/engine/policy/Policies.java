package io.hyperdesk.engine.policy;

/** Builds the policy that {@link PolicySettings} describe. */
public final class Policies {

    private Policies() {
    }

    public static EarlyTerminationPolicy create(PolicySettings settings) {
        if (settings instanceof PolicySettings.None) {
            return new NoTerminationPolicy();
        }
        throw new UnsupportedOperationException("TODO(policy): " + settings.type());
    }
}
