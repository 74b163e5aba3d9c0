package io.hyperdesk.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.RunRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunEnvironmentTest {

    @Test
    void paramsAreAJsonObjectInDeclarationOrderWithIntegersAsIntegers() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("z_last_alphabetically", 1.0e-5);
        values.put("batch_size", 128L);
        values.put("momentum", 0.9);
        values.put("round_float", 2.0);
        values.put("activation", "relu \"quoted\"");
        values.put("nesterov", false);
        assertEquals("{\"z_last_alphabetically\":1.0E-5,\"batch_size\":128,\"momentum\":0.9,\"round_float\":2.0,"
                        + "\"activation\":\"relu \\\"quoted\\\"\",\"nesterov\":false}",
                RunEnvironment.paramsJson(Configuration.of(values)));
    }

    @Test
    void variablesNameTheRunItsFilesAndUnbufferedPython() {
        RunFolder folder = RunFolder.of(Path.of("/project/.hyperdesk/runs"), "s_2");
        RunRequest request = new RunRequest("s", "s_2", List.of("python3", "train.py"),
                Configuration.of(Map.of("lr", 0.1)), Optional.empty());
        assertEquals(Map.of(
                        "HYPERDESK_RUN_ID", "s_2",
                        "HYPERDESK_SWEEP_ID", "s",
                        "HYPERDESK_PARAMS", "{\"lr\":0.1}",
                        "HYPERDESK_OUTPUT_DIR", "/project/.hyperdesk/runs/s_2/outputs",
                        "HYPERDESK_METRICS_FILE", "/project/.hyperdesk/runs/s_2/metrics.jsonl",
                        "PYTHONUNBUFFERED", "1"),
                RunEnvironment.variables(request, folder));
    }
}
