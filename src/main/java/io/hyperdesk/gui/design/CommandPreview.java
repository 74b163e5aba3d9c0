package io.hyperdesk.gui.design;

import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.RunCommand;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.project.SweepFactory;
import java.util.Optional;

/**
 * The full command line of a sweep's first run: the command plus {@code --name value} for one
 * configuration drawn by the sweep's own sampler (DESIGN "Training-script protocol"), so the user
 * sees exactly what the script will receive.
 */
final class CommandPreview {

    private CommandPreview() {
    }

    static String of(SweepConfig config) {
        try {
            Optional<Configuration> first = SweepFactory.createSampler(config)
                    .next(SweepHistory.empty(config.primaryMetric()));
            return first.map(c -> CommandLineText.join(RunCommand.arguments(config.command(), c)))
                    .orElse("(the search space has no configuration to draw)");
        } catch (RuntimeException e) {
            return "(cannot draw a configuration: " + e.getMessage() + ")";
        }
    }
}
