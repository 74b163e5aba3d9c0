package io.hyperdesk.exec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.RunRequest;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables a training script gets (DESIGN "Training-script protocol"), on top
 * of the environment HyperDesk itself was started with. Shared by every launcher, so a script
 * sees the same variables locally and on a cluster.
 */
public final class RunEnvironment {

    /** The run's id, {@code <sweep-id>_<n>}. */
    public static final String RUN_ID = "HYPERDESK_RUN_ID";
    /** The sweep's id. */
    public static final String SWEEP_ID = "HYPERDESK_SWEEP_ID";
    /** The configuration as a JSON object, in declaration order. */
    public static final String PARAMS = "HYPERDESK_PARAMS";
    /** The run's {@code outputs/} folder (absolute, created before the script starts). */
    public static final String OUTPUT_DIR = "HYPERDESK_OUTPUT_DIR";
    /** The JSON-lines file the script may append metrics to (absolute; may not exist yet). */
    public static final String METRICS_FILE = "HYPERDESK_METRICS_FILE";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunEnvironment() {
    }

    /**
     * The variables for {@code request}, whose files live in {@code folder}. Includes
     * {@code PYTHONUNBUFFERED=1}: Python block-buffers stdout when it is not a terminal, which
     * would hold metric lines back until the buffer fills or the script ends; unbuffered, the
     * sweep sees each value when it is logged and early termination can act on it.
     */
    public static Map<String, String> variables(RunRequest request, RunFolder folder) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(RUN_ID, request.runId());
        variables.put(SWEEP_ID, request.sweepId());
        variables.put(PARAMS, paramsJson(request.parameters()));
        variables.put(OUTPUT_DIR, folder.outputs().toAbsolutePath().toString());
        variables.put(METRICS_FILE, folder.metricsFile().toAbsolutePath().toString());
        variables.put("PYTHONUNBUFFERED", "1");
        return variables;
    }

    /**
     * The configuration as a JSON object in declaration order: integers as JSON integers
     * ({@code 32}, not {@code 32.0}), reals as numbers, strings and booleans as themselves.
     */
    public static String paramsJson(Configuration parameters) {
        try {
            return JSON.writeValueAsString(parameters.values());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // values are Long/Double/String/Boolean: cannot happen
        }
    }
}
