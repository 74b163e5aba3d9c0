package io.hyperdesk.gui.design;

import io.hyperdesk.config.ConfigProblem;
import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.config.SweepFileResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a draft the way {@code validate} validates the saved file: the draft is written as a
 * sweep.json document and read back by {@link SweepFileReader}, so the messages are the reader's.
 * Problems only a form can have come first; a reader problem of a field that already has one is
 * left out (one message per field is enough). Pure; called after every edit.
 */
final class DraftValidation {

    private DraftValidation() {
    }

    static SweepFileResult validate(SweepDraft draft, String defaultName) {
        List<ConfigProblem> problems = new ArrayList<>();
        String document = DesignDocument.text(DesignDocument.toTree(draft, problems));
        for (ParameterDraft parameter : draft.parameters()) {
            ExpressionForm.Built built = ExpressionForm.build(parameter.kind(), parameter.arguments(),
                    parameter.naturalUnits(), null);
            if (built.hasProblem()) {
                problems.add(new ConfigProblem("parameter_space." + parameter.name().trim(), built.problem()));
            }
        }
        SweepFileResult read = SweepFileReader.parse(document, defaultName);
        Set<String> covered = new HashSet<>();
        problems.forEach(p -> covered.add(p.field()));
        for (ConfigProblem problem : read.errors()) {
            if (!covered.contains(problem.field())) {
                problems.add(problem);
            }
        }
        return new SweepFileResult(problems.isEmpty() ? read.config() : Optional.empty(), problems, read.warnings());
    }
}
