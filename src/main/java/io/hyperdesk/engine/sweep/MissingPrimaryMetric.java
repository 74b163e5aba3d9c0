package io.hyperdesk.engine.sweep;

import java.util.Collection;

/** SPEC M1: the words for a run that finished without logging the primary metric. */
final class MissingPrimaryMetric {

    private MissingPrimaryMetric() {
    }

    static String describe(String primaryName, Collection<String> loggedNames) {
        if (loggedNames.isEmpty()) {
            return "logged no metrics; the primary metric '" + primaryName + "' must be logged as "
                    + "##hyperdesk {\"" + primaryName + "\": <value>}";
        }
        return "logged no value for the primary metric '" + primaryName + "' (names must match exactly); it logged: "
                + String.join(", ", loggedNames);
    }
}
