package io.hyperdesk.store;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.RunRecord;
import io.hyperdesk.engine.sweep.SweepRecord;
import io.hyperdesk.engine.sweep.SweepState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Wrote {@code src/test/resources/io/hyperdesk/store/v1-sweep.db} with the schema-1 code, once;
 * {@link V1FixtureTest} proves every later HyperDesk still reads it. Do not regenerate it after
 * the schema changes: the point of the file is that it is old. Kept to show how it was made.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.hyperdesk.store.V1FixtureWriter <file>}
 */
public final class V1FixtureWriter {

    static final Instant T0 = Instant.parse("2024-05-01T10:00:00.123456789Z");

    private V1FixtureWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Files.deleteIfExists(file);
        try (SqliteSweepStore store = SqliteSweepStore.open(file)) {
            store.createSweep(new SweepRecord("digits-1", "digits-mlp", "{\"name\":\"digits-mlp\"}", T0));
            for (int n = 0; n < 3; n++) {
                Map<String, Object> parameters = new LinkedHashMap<>();
                parameters.put("learning_rate", 0.001 * (n + 1));
                parameters.put("batch_size", 32L << n);
                parameters.put("optimizer", n == 2 ? "sgd" : "adam");
                parameters.put("use_bias", n != 1);
                store.createRun(new RunRecord("digits-1", "digits-1_" + n, n, Configuration.of(parameters),
                        n == 2 ? Optional.of("older_0") : Optional.empty(), T0.plusSeconds(n)));
                store.recordRunState("digits-1_" + n, RunState.RUNNING, T0.plusSeconds(10 + n), "", Optional.empty());
            }
            double[][] accuracy = {{0.5, 0.7, 0.9}, {0.4, Double.NaN, Double.POSITIVE_INFINITY}, {0.6}};
            for (int n = 0; n < 3; n++) {
                for (int step = 1; step <= accuracy[n].length; step++) {
                    store.recordMetric("digits-1_" + n, "accuracy", step, accuracy[n][step - 1], 1_000L * n + step);
                    store.recordMetric("digits-1_" + n, "loss", step, -step, 1_000L * n + step);
                }
            }
            store.recordRunState("digits-1_0", RunState.COMPLETED, T0.plusSeconds(60), "", Optional.of(0));
            store.recordRunState("digits-1_1", RunState.CANCELED, T0.plusSeconds(61),
                    "bandit policy at interval 3: 0.4 < 0.82", Optional.of(143));
            store.recordSweepState("digits-1", SweepState.COMPLETED, "max_total_runs reached", T0.plusSeconds(120));
        }
    }
}
