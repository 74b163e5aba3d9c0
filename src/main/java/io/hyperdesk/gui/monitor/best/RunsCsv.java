package io.hyperdesk.gui.monitor.best;

import io.hyperdesk.engine.space.NumberText;
import io.hyperdesk.engine.sweep.RunCommand;
import io.hyperdesk.gui.monitor.RunColumns;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import io.hyperdesk.engine.space.Parameter;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every run of the sweep as CSV (RFC 4180): the table's columns with full-precision values —
 * parameters as the script received them, metric values in shortest round-trip form, times in
 * ISO-8601 UTC, durations in seconds. Filters do not apply: the export is the whole sweep.
 */
public final class RunsCsv {

    private RunsCsv() {
    }

    /** The header line's fields. */
    public static List<String> header(SweepMonitorModel model) {
        String metric = model.primaryMetric().name();
        List<String> header = new ArrayList<>(List.of("number", "run_id", "state"));
        model.config().space().parameters().forEach(p -> header.add(p.name()));
        header.addAll(List.of("last_" + metric, "best_" + metric, "intervals", "start", "duration_s", "reason"));
        return header;
    }

    /** Writes the header and one line per run, in generation order. UI thread (reads the rows). */
    public static void write(SweepMonitorModel model, Writer out) throws IOException {
        line(out, header(model));
        for (RunRow row : model.rows()) {
            List<String> fields = new ArrayList<>();
            fields.add(Integer.toString(row.number()));
            fields.add(row.runId());
            fields.add(row.state().displayName());
            for (Parameter parameter : model.config().space().parameters()) {
                fields.add(RunCommand.formatValue(row.record().parameters().get(parameter.name())));
            }
            fields.add(number(row.lastProperty().get()));
            fields.add(number(row.score()));
            fields.add(Integer.toString(row.intervalsProperty().get()));
            long start = row.startedAtProperty().get();
            fields.add(start == 0 ? "" : Instant.ofEpochMilli(start).toString());
            fields.add(start == 0 ? "" : seconds(row.durationMillisProperty().get()));
            fields.add(model.column(RunColumns.REASON).textOf(row));
            line(out, fields);
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : NumberText.shortest(millis / 1000.0);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : NumberText.shortest(value);
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
