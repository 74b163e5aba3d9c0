package io.hyperdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperdesk.config.ProjectLayout;
import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.config.SweepFileResult;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.sampling.RandomSampler;
import io.hyperdesk.engine.sampling.Sampler;
import io.hyperdesk.engine.sampling.Samplers;
import io.hyperdesk.engine.sampling.SobolSampler;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.project.JsonValues;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sample <sweep.json> [-n N] [--seed S]}: configurations as JSON lines; runs nothing. */
@Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints configurations the sweep's sampling method would run, one JSON object per line.",
                "Runs nothing. Stops early when the space is exhausted (grid, or an all-choice space)."})
final class SampleCommand implements Callable<Integer> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SWEEP", description = "the sweep.json file, or a project folder holding one")
    Path sweepFile;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "10",
            description = "how many configurations (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", paramLabel = "S", description = "seed to use instead of the sweep file's")
    Long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (count < 0) {
            err.println("error: -n: must be 0 or more; got " + count);
            err.flush();
            return CliErrors.INVALID_INPUT;
        }
        Path file = sweepFile.toString().endsWith(".json") ? sweepFile : ProjectLayout.of(sweepFile).sweepFile();
        SweepFileResult result = SweepFileReader.read(file);
        if (!result.isValid()) {
            return CliErrors.report(err, result.errors());
        }
        SweepConfig config = result.configOrThrow();
        OptionalLong effectiveSeed = seed != null ? OptionalLong.of(seed) : config.seed();
        Sampler sampler = Samplers.create(config.space(), config.samplingMethod(), effectiveSeed,
                Math.max(count, config.maxTotalRuns()));
        List<RunSnapshot> drawn = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Optional<Configuration> next = next(sampler, config, drawn, n);
            if (next.isEmpty()) {
                err.println("note: the space is exhausted after " + n + " configurations");
                break;
            }
            ObjectNode line = MAPPER.createObjectNode();
            for (Map.Entry<String, Object> entry : next.get().values().entrySet()) {
                JsonValues.put(line, entry.getKey(), entry.getValue());
            }
            out.println(MAPPER.writeValueAsString(line));
            if (drawsByNumber(sampler, config)) {
                continue;
            }
            drawn.add(new RunSnapshot("sample", "sample_" + n, n, next.get(), RunState.QUEUED, MetricSeries.empty(),
                    Optional.empty(), Optional.empty()));
        }
        out.flush();
        err.flush();
        return 0;
    }

    /**
     * Run n's configuration. Random and Sobol draws on a continuous space depend on n alone, so no
     * history is built (that would cost O(n²) for large N); all-choice spaces and grids need the
     * configurations drawn so far (SPEC S3, S4).
     */
    private static Optional<Configuration> next(Sampler sampler, SweepConfig config, List<RunSnapshot> drawn, int n) {
        if (drawsByNumber(sampler, config)) {
            return Optional.of(sampler instanceof RandomSampler random ? random.draw(n) : ((SobolSampler) sampler).draw(n));
        }
        return sampler.next(new SweepHistory(config.primaryMetric(), drawn, List.of()));
    }

    private static boolean drawsByNumber(Sampler sampler, SweepConfig config) {
        return !config.space().isAllChoice() && (sampler instanceof RandomSampler || sampler instanceof SobolSampler);
    }
}
