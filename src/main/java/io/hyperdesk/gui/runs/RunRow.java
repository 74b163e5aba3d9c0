package io.hyperdesk.gui.runs;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.RunCommand;
import java.util.Map;
import java.util.StringJoiner;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One run in the Runs area's list: number, id, state, parameters, primary metric (best and last,
 * SPEC M3) and why it ended. Updated on the UI thread by the 250 ms drain.
 */
public final class RunRow {

    private final int number;
    private final String runId;
    private final String parameters;
    private final ObjectProperty<RunState> state = new SimpleObjectProperty<>(this, "state", RunState.QUEUED);
    private final IntegerProperty intervals = new SimpleIntegerProperty(this, "intervals", 0);
    private final DoubleProperty best = new SimpleDoubleProperty(this, "best", Double.NaN);
    private final DoubleProperty last = new SimpleDoubleProperty(this, "last", Double.NaN);
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    public RunRow(int number, String runId, Configuration parameters) {
        this.number = number;
        this.runId = runId;
        this.parameters = describe(parameters);
    }

    /** {@code learning_rate=0.0012, batch_size=32}: the values exactly as the script receives them. */
    static String describe(Configuration parameters) {
        StringJoiner text = new StringJoiner(", ");
        for (Map.Entry<String, Object> entry : parameters.values().entrySet()) {
            text.add(entry.getKey() + "=" + RunCommand.formatValue(entry.getValue()));
        }
        return text.toString();
    }

    /** Takes one primary-metric value (interval {@code interval}); the best follows the goal (SPEC M3, M5). */
    /** The primary metric's latest interval and value, and the best of the values since the last call. */
    void primaryValues(int interval, double lastValue, double bestValue, Goal goal) {
        intervals.set(interval);
        last.set(lastValue);
        best.set(goal.better(best.get(), bestValue));
    }

    public int number() {
        return number;
    }

    public String runId() {
        return runId;
    }

    public String parameters() {
        return parameters;
    }

    public ObjectProperty<RunState> stateProperty() {
        return state;
    }

    public IntegerProperty intervalsProperty() {
        return intervals;
    }

    /** The best primary value so far; NaN when none. */
    public DoubleProperty bestProperty() {
        return best;
    }

    public DoubleProperty lastProperty() {
        return last;
    }

    /** Why the run ended (cancel reason, exit code, a missing metric); empty while it goes. */
    public StringProperty reasonProperty() {
        return reason;
    }
}
