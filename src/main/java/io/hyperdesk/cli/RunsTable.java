package io.hyperdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.sweep.RunSummary;
import io.hyperdesk.project.JsonValues;
import io.hyperdesk.project.Project;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The runs of a sweep with SPEC V1's columns, as a table, JSON or CSV. */
final class RunsTable {

    private RunsTable() {
    }

    static void print(Project project, String sweepId, PrimaryMetric metric, PrintWriter out, boolean json) {
        List<RunSummary> runs = project.store().runSummaries(sweepId, metric);
        if (json) {
            out.print(json(runs, metric));
        } else {
            out.print(table(runs, metric));
        }
    }

    static Set<String> parameterNames(List<RunSummary> runs) {
        Set<String> names = new LinkedHashSet<>();
        runs.forEach(run -> names.addAll(run.record().parameters().values().keySet()));
        return names;
    }

    static String table(List<RunSummary> runs, PrimaryMetric metric) {
        Set<String> parameters = parameterNames(runs);
        List<String> headers = new ArrayList<>(List.of("#", "run id", "state"));
        headers.addAll(parameters);
        headers.addAll(List.of("last " + metric.name(), "best " + metric.name(), "intervals", "started", "duration",
                "reason"));
        TextTable table = new TextTable(headers, 90);
        for (RunSummary run : runs) {
            table.add(cells(run, parameters, true));
        }
        return table.render();
    }

    /**
     * One row of cells; {@code rounded} shows real parameter values with 6 significant digits (for
     * the terminal), otherwise exactly as the script received them (for CSV).
     */
    static List<String> cells(RunSummary run, Set<String> parameters, boolean rounded) {
        List<String> row = new ArrayList<>(List.of(Integer.toString(run.record().number()), run.record().runId(),
                run.state().displayName()));
        for (String name : parameters) {
            Object value = run.record().parameters().get(name);
            row.add(value == null ? "" : rounded && value instanceof Double d ? Formats.metric(d) : Formats.value(value));
        }
        row.add(Formats.metric(run.last()));
        row.add(Formats.metric(run.best()));
        row.add(Integer.toString(run.intervals()));
        row.add(Formats.time(run.startedAt().orElse(null)));
        row.add(duration(run));
        row.add(run.reason());
        return row;
    }

    static String duration(RunSummary run) {
        if (run.startedAt().isEmpty()) {
            return "";
        }
        Instant end = run.endedAt().orElse(Instant.now());
        return Formats.duration(Duration.between(run.startedAt().get(), end));
    }

    static String json(List<RunSummary> runs, PrimaryMetric metric) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (RunSummary run : runs) {
            ObjectNode node = array.addObject();
            node.put("number", run.record().number());
            node.put("run_id", run.record().runId());
            node.put("state", run.state().displayName());
            ObjectNode parameters = node.putObject("parameters");
            run.record().parameters().values().forEach((name, value) -> JsonValues.put(parameters, name, value));
            putMetric(node, "last_" + metric.name(), run.last());
            putMetric(node, "best_" + metric.name(), run.best());
            node.put("intervals", run.intervals());
            node.put("started", run.startedAt().map(Instant::toString).orElse(null));
            node.put("ended", run.endedAt().map(Instant::toString).orElse(null));
            if (run.startedAt().isPresent() && run.endedAt().isPresent()) {
                node.put("duration_seconds", Duration.between(run.startedAt().get(), run.endedAt().get()).toMillis() / 1000.0);
            } else {
                node.putNull("duration_seconds");
            }
            node.put("reason", run.reason());
        }
        try {
            return mapper.writeValueAsString(array) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Finite values as numbers; NaN and infinities as strings so the JSON stays standard. */
    private static void putMetric(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
