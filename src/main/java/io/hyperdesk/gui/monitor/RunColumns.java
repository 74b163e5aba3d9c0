package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.sweep.SweepConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The run table's columns for a sweep (SPEC V1), in the order the table shows them. */
public final class RunColumns {

    public static final String NUMBER = "number";
    public static final String RUN_ID = "run_id";
    public static final String STATE = "state";
    public static final String LAST = "last";
    public static final String BEST = "best";
    public static final String INTERVALS = "intervals";
    public static final String START = "start";
    public static final String DURATION = "duration";
    public static final String REASON = "reason";
    public static final String PARAMETER_PREFIX = "param.";

    private RunColumns() {
    }

    /** The id of a parameter's column. */
    public static String parameterId(String name) {
        return PARAMETER_PREFIX + name;
    }

    /** Every column: number, id, state, one per parameter, last and best primary value, intervals, start, duration, reason. */
    public static List<RunColumn> of(SweepConfig config) {
        String metric = config.primaryMetric().name();
        List<RunColumn> columns = new ArrayList<>();
        columns.add(new RunColumn(NUMBER, "#", RunColumn.Kind.NUMBER, RunRow::number,
                row -> Integer.toString(row.number()), List.of()));
        columns.add(new RunColumn(RUN_ID, "Run", RunColumn.Kind.TEXT, row -> Double.NaN, RunRow::runId, List.of()));
        columns.add(new RunColumn(STATE, "State", RunColumn.Kind.TEXT, row -> row.state().ordinal(),
                row -> row.state().displayName(), List.of()));
        for (Parameter parameter : config.space().parameters()) {
            columns.add(parameterColumn(parameter));
        }
        columns.add(new RunColumn(LAST, "Last " + metric, RunColumn.Kind.NUMBER, row -> row.lastProperty().get(),
                row -> CellFormat.number(row.lastProperty().get()), List.of()));
        columns.add(new RunColumn(BEST, "Best " + metric, RunColumn.Kind.NUMBER, RunRow::score,
                row -> CellFormat.number(row.score()), List.of()));
        columns.add(new RunColumn(INTERVALS, "Intervals", RunColumn.Kind.NUMBER, row -> row.intervalsProperty().get(),
                row -> Integer.toString(row.intervalsProperty().get()), List.of()));
        columns.add(new RunColumn(START, "Start", RunColumn.Kind.NUMBER, RunColumns::startValue,
                row -> CellFormat.time(row.startedAtProperty().get()), List.of()));
        columns.add(new RunColumn(DURATION, "Duration (s)", RunColumn.Kind.NUMBER, RunColumns::durationSeconds,
                row -> CellFormat.duration(row.durationMillisProperty().get(), row.startedAtProperty().get() != 0),
                List.of()));
        columns.add(new RunColumn(REASON, "Cancel reason", RunColumn.Kind.TEXT, row -> Double.NaN,
                row -> row.reasonProperty().get(), List.of()));
        return List.copyOf(columns);
    }

    private static double startValue(RunRow row) {
        long start = row.startedAtProperty().get();
        return start == 0 ? Double.NaN : start;
    }

    private static double durationSeconds(RunRow row) {
        return row.startedAtProperty().get() == 0 ? Double.NaN : row.durationMillisProperty().get() / 1000.0;
    }

    /**
     * A parameter's column. A choice is a category: choices of numbers keep their numbers (sorted
     * on the axis), choices of text or booleans are numbered by their position in the choice.
     */
    static RunColumn parameterColumn(Parameter parameter) {
        String name = parameter.name();
        if (parameter.expression() instanceof Choice choice) {
            boolean numbers = choice.values().stream().allMatch(v -> v instanceof Number);
            if (numbers) {
                List<Object> sorted = new ArrayList<>(choice.values());
                sorted.sort(Comparator.comparingDouble(v -> ((Number) v).doubleValue()));
                List<String> labels = sorted.stream().map(CellFormat::parameter).distinct().toList();
                return new RunColumn(parameterId(name), name, RunColumn.Kind.CATEGORY, row -> number(row, name),
                        row -> CellFormat.parameter(row.record().parameters().get(name)), labels);
            }
            List<String> labels = choice.values().stream().map(CellFormat::parameter).toList();
            return new RunColumn(parameterId(name), name, RunColumn.Kind.CATEGORY,
                    row -> labels.indexOf(CellFormat.parameter(row.record().parameters().get(name))),
                    row -> CellFormat.parameter(row.record().parameters().get(name)), labels);
        }
        return new RunColumn(parameterId(name), name, RunColumn.Kind.NUMBER, row -> number(row, name),
                row -> CellFormat.parameter(row.record().parameters().get(name)), List.of());
    }

    private static double number(RunRow row, String name) {
        Object value = row.record().parameters().get(name);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
