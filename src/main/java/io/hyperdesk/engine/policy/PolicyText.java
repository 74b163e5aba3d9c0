package io.hyperdesk.engine.policy;

/** Small phrases shared by the policies' cancel reasons. */
final class PolicyText {

    private PolicyText() {
    }

    /** "best 0.712", or for a run without a finite value "best NaN (non-finite values rank worst)". */
    static String best(double value) {
        String text = "best " + PolicyNumbers.format(value);
        return Double.isFinite(value) ? text : text + " (non-finite values rank worst)";
    }

    /** "1 run" / "6 runs". */
    static String runs(int count) {
        return count + (count == 1 ? " run" : " runs");
    }
}
