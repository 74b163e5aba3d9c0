package io.hyperdesk.gui.design;

import io.hyperdesk.config.ConfigProblem;
import io.hyperdesk.engine.policy.PolicyRules;
import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.sampling.SamplingMethod;
import io.hyperdesk.gui.common.FieldMarks;
import io.hyperdesk.gui.common.FormGrid;
import io.hyperdesk.gui.common.Glyph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The sweep settings in three aligned columns: the run (command, sampling, primary metric), early
 * termination (only the chosen policy's fields, locked under Bayesian sampling with the reason),
 * and the limits (with the machine's cores); under them the chosen policy's rule as help text. Fields are marked with the
 * problems of their sweep.json field.
 */
final class SweepSettingsView extends javafx.scene.layout.VBox {

    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Map<Control, String> help = new LinkedHashMap<>();

    /**
     * @param chooseScript opens a file chooser and passes the picked script (relative to the
     *                     project) to the consumer; supplied by the window, which owns the stage
     */
    SweepSettingsView(SweepSettingsViewModel settings, SweepDesignViewModel design, int cores,
                      Consumer<Consumer<String>> chooseScript) {
        ObservableList<ConfigProblem> problems = design.problems();
        getStyleClass().add("settings");
        setSpacing(10);
        HBox columns = new HBox(28);
        FormGrid run = new FormGrid(104);
        run.section("Run");
        run.row("Sweep name", text("sweepName", settings.nameProperty(), "name", "the sweep's name; its id adds the date"));
        TextField command = text("command", settings.commandProperty(), "command", "the training command without "
                + "the parameters; each run gets --<name> <value> appended. No shell runs it.");
        command.getStyleClass().add("monospace");
        Button browse = new Button(null, Glyph.SCRIPT.node(14));
        browse.setId("browseScript");
        browse.setTooltip(new Tooltip("Choose the training script"));
        browse.setOnAction(e -> chooseScript.accept(settings::useScript));
        HBox.setHgrow(command, Priority.ALWAYS);
        run.row("Command", new HBox(4, command, browse));
        Label preview = FormGrid.hint("");
        preview.setId("commandPreview");
        preview.getStyleClass().add("command-preview");
        preview.setMaxHeight(32);
        preview.setMinHeight(16);
        preview.setPrefHeight(32);
        preview.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        preview.textProperty().bind(javafx.beans.binding.Bindings.concat("first run: ", design.commandPreviewProperty()));
        preview.setTooltip(new Tooltip());
        preview.getTooltip().textProperty().bind(preview.textProperty());
        preview.getTooltip().setWrapText(true);
        preview.getTooltip().setMaxWidth(520);
        run.note(preview);
        ComboBox<SamplingMethod> sampling = combo("samplingMethod", settings.samplingMethodProperty(), "sampling.method",
                "random: independent draws; sobol: evenly spread draws; grid: every combination of choices; "
                        + "bayesian: learns from finished runs (SPEC §2)", SamplingMethod.values());
        sampling.setConverter(new javafx.util.StringConverter<>() {
            public String toString(SamplingMethod method) {
                return method == null ? "" : method.jsonName();
            }

            public SamplingMethod fromString(String text) {
                return SamplingMethod.valueOf(text.toUpperCase(java.util.Locale.ROOT));
            }
        });
        TextField seed = text("seed", settings.seedProperty(), "sampling.seed",
                "optional; the same seed gives the same configurations in the same order (SPEC S1)");
        seed.setPromptText("none");
        seed.setPrefColumnCount(5);
        run.row("Sampling", pair(sampling, "Seed", seed));
        TextField metric = text("metricName", settings.primaryMetricNameProperty(), "primary_metric_name",
                "the exact name the script logs, e.g. accuracy in ##hyperdesk {\"accuracy\": 0.91} (SPEC M1)");
        ComboBox<Goal> goal = combo("goal", settings.goalProperty(), "primary_metric_goal",
                "whether a higher or a lower value is better", Goal.values());
        goal.setConverter(new javafx.util.StringConverter<>() {
            public String toString(Goal value) {
                return value == null ? "" : value.jsonName();
            }

            public Goal fromString(String text) {
                return Goal.parse(text);
            }
        });
        goal.setMinWidth(124);
        goal.setMaxWidth(124);
        run.row("Primary metric", pair(metric, null, goal));

        FormGrid policy = policyForm(settings);
        // The chosen policy's rule (SPEC §4) across the card, under its fields: one or two lines.
        Label rule = FormGrid.hint("");
        rule.setId("policyRule");
        rule.getStyleClass().add("policy-rule");
        rule.textProperty().bind(settings.policyRuleProperty());
        rule.setTooltip(new Tooltip(PolicyRules.FIRST_BATCH_EXPLANATION + " (SPEC T8)"));

        FormGrid limits = new FormGrid(112);
        limits.section("Limits");
        limits.row("Total runs", text("maxTotalRuns", settings.maxTotalRunsProperty(), "max_total_runs",
                "how many runs the sweep may start, 1 to 1000 (SPEC L1)"));
        limits.row("Concurrent runs", text("maxConcurrentRuns", settings.maxConcurrentRunsProperty(),
                "max_concurrent_runs", "how many runs may go at once, 1 to 100; never more processes than this (SPEC L4)"));
        Label coresHint = FormGrid.hint("this machine has " + cores + (cores == 1 ? " core" : " cores"));
        coresHint.setId("coresHint");
        limits.wide(coresHint);
        limits.row("Duration (min)", text("maxDurationMinutes", settings.maxDurationMinutesProperty(),
                "max_duration_minutes", "the sweep's time limit in minutes; running runs are canceled then (SPEC L2)"));

        for (FormGrid form : new FormGrid[] {run, policy, limits}) {
            HBox.setHgrow(form, Priority.ALWAYS);
        }
        run.setPrefWidth(470);
        run.setMinWidth(330);
        policy.setPrefWidth(340);
        policy.setMinWidth(290);
        limits.setPrefWidth(200);
        limits.setMinWidth(190);
        columns.getChildren().addAll(run, policy, limits);
        getChildren().addAll(columns, rule);
        problems.addListener((ListChangeListener<ConfigProblem>) c -> mark(problems));
        mark(problems);
    }

    private FormGrid policyForm(SweepSettingsViewModel settings) {
        FormGrid form = new FormGrid(100);
        form.section("Early termination");
        ComboBox<PolicyType> type = combo("policyType", settings.policyTypeProperty(), "policy.type",
                PolicyRules.FIRST_BATCH_EXPLANATION, PolicyType.values());
        fields.put("policy", type);
        type.disableProperty().bind(settings.policyEditableProperty().not());
        form.row("Policy", type);
        Label locked = FormGrid.hint(SweepSettingsViewModel.BAYESIAN_POLICY_EXPLANATION);
        locked.setId("bayesianPolicyNote");
        form.note(locked);

        ToggleGroup slackKind = new ToggleGroup();
        RadioButton factor = new RadioButton("factor");
        RadioButton amount = new RadioButton("amount");
        factor.setId("slackFactor");
        amount.setId("slackAmount");
        factor.setMinWidth(USE_PREF_SIZE);
        amount.setMinWidth(USE_PREF_SIZE);
        factor.setToggleGroup(slackKind);
        amount.setToggleGroup(slackKind);
        amount.setSelected(settings.slackAmountProperty().get());
        factor.setSelected(!settings.slackAmountProperty().get());
        settings.slackAmountProperty().addListener((o, was, now) -> (now ? amount : factor).setSelected(true));
        slackKind.selectedToggleProperty().addListener((o, was, now) -> settings.slackAmountProperty().set(now == amount));
        TextField slack = text("slack", settings.slackProperty(), "policy.slack_factor",
                "bandit: how far below the best run a run may be (slack_factor: a ratio; slack_amount: a distance)");
        fields.put("policy.slack_amount", slack);
        slack.setPrefColumnCount(5);
        slack.setMinWidth(60);
        HBox slackRow = new HBox(10, slack, factor, amount);
        slackRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label slackLabel = form.row("Slack", slackRow);
        TextField percentage = text("truncationPercentage", settings.truncationPercentageProperty(),
                "policy.truncation_percentage", "the percentage of worst runs to cancel at each evaluation, 1 to 99");
        Label percentageLabel = form.row("Truncate (%)", percentage);
        CheckBox exclude = new CheckBox("Exclude finished runs");
        exclude.setId("excludeFinishedRuns");
        exclude.selectedProperty().bindBidirectional(settings.excludeFinishedRunsProperty());
        form.note(exclude);
        TextField interval = text("evaluationInterval", settings.evaluationIntervalProperty(),
                "policy.evaluation_interval", "apply the policy every this many intervals (SPEC T1)");
        TextField delay = text("delayEvaluation", settings.delayEvaluationProperty(), "policy.delay_evaluation",
                "the first interval at which the policy may apply (SPEC T1)");
        interval.setPrefColumnCount(3);
        delay.setPrefColumnCount(3);
        HBox schedule = pair(interval, "delay", delay);
        HBox.setHgrow(delay, Priority.ALWAYS);
        Label intervalLabel = form.row("Every (intervals)", schedule);

        Runnable layout = () -> {
            PolicyType chosen = settings.policyTypeProperty().get();
            boolean bayesian = !settings.policyEditableProperty().get();
            FormGrid.shown(bayesian, locked);
            FormGrid.shown(chosen == PolicyType.BANDIT, slackLabel, slackRow);
            FormGrid.shown(chosen == PolicyType.TRUNCATION_SELECTION, percentageLabel, percentage, exclude);
            FormGrid.shown(chosen.hasSchedule(), intervalLabel, schedule);
        };
        settings.policyTypeProperty().addListener((o, was, now) -> layout.run());
        settings.policyEditableProperty().addListener((o, was, now) -> layout.run());
        layout.run();
        return form;
    }

    /** Two fields on one row, the second with its own small label. */
    private static HBox pair(Control first, String secondLabel, Control second) {
        HBox row = new HBox(8, first);
        if (secondLabel != null) {
            Label label = new Label(secondLabel);
            label.getStyleClass().add("field-label");
            label.setMinWidth(USE_PREF_SIZE);
            row.getChildren().add(label);
        }
        row.getChildren().add(second);
        HBox.setHgrow(first, Priority.ALWAYS);
        first.setMaxWidth(Double.MAX_VALUE);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private TextField text(String id, javafx.beans.property.StringProperty property, String path, String tip) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        register(field, path, tip);
        return field;
    }

    @SafeVarargs
    private <T> ComboBox<T> combo(String id, javafx.beans.property.ObjectProperty<T> property, String path, String tip,
                                  T... items) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        register(box, path, tip);
        return box;
    }

    private void register(Control control, String path, String tip) {
        fields.put(path, control);
        help.put(control, tip);
        FieldMarks.mark(control, "", tip);
    }

    private void mark(ObservableList<ConfigProblem> problems) {
        Map<Control, String> messages = new LinkedHashMap<>();
        for (ConfigProblem problem : problems) {
            Control control = fieldFor(problem.field());
            if (control != null) {
                messages.putIfAbsent(control, problem.message());
            }
        }
        for (Control control : help.keySet()) {
            FieldMarks.mark(control, messages.getOrDefault(control, ""), help.get(control));
        }
    }

    /** The control of a sweep.json field ({@code command[0]} is the command field), or null. */
    Control fieldFor(String path) {
        String bare = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        return fields.get(bare);
    }

    /** Focuses the control of a sweep.json field; false when the form has none. */
    boolean focus(String path) {
        Node control = fieldFor(path);
        if (control == null || control.isDisabled()) {
            return false;
        }
        control.requestFocus();
        return true;
    }
}
