package io.hyperdesk.gui.design;

/** The early-termination policies the settings form offers (SPEC §4), with sweep.json's names. */
public enum PolicyType {
    NONE("none", "No early termination", 0),
    BANDIT("bandit", "Bandit", 0),
    MEDIAN_STOPPING("median_stopping", "Median stopping", 5),
    TRUNCATION_SELECTION("truncation_selection", "Truncation selection", 0);

    private final String jsonName;
    private final String label;
    private final int defaultDelay;

    PolicyType(String jsonName, String label, int defaultDelay) {
        this.jsonName = jsonName;
        this.label = label;
        this.defaultDelay = defaultDelay;
    }

    /** The {@code policy.type} in sweep.json. */
    public String jsonName() {
        return jsonName;
    }

    /** HyperDrive's default {@code delay_evaluation} for the policy. */
    public int defaultDelay() {
        return defaultDelay;
    }

    /** True for the policies with an evaluation schedule (SPEC T1). */
    public boolean hasSchedule() {
        return this != NONE;
    }

    /** The policy named {@code jsonName} in sweep.json, or null. */
    public static PolicyType named(String jsonName) {
        for (PolicyType type : values()) {
            if (type.jsonName.equals(jsonName)) {
                return type;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
