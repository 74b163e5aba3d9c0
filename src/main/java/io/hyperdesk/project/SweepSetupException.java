package io.hyperdesk.project;

import io.hyperdesk.config.ConfigProblem;
import java.util.List;

/** A sweep that cannot start: each problem names its field (e.g. {@code resume_from[0]}). */
public class SweepSetupException extends Exception {

    private final List<ConfigProblem> problems;

    public SweepSetupException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).reduce((a, b) -> a + "; " + b).orElse("invalid sweep"));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
