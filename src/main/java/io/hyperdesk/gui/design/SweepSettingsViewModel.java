package io.hyperdesk.gui.design;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.sampling.SamplingMethod;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The sweep settings form (everything in sweep.json but the parameter space): command, sampling,
 * primary metric, policy and limits. Fields hold text as typed; the design view model validates
 * the whole document after each edit.
 *
 * <p>Choosing Bayesian sampling sets the policy to none and locks it (SPEC S6); choosing another
 * method again brings the earlier policy back.
 */
public final class SweepSettingsViewModel {

    /** SPEC S6 in the words the config layer uses for the same refusal. */
    public static final String BAYESIAN_POLICY_EXPLANATION = "Bayesian sampling cannot take an early-termination "
            + "policy (SPEC S6, as in HyperDrive): it learns from every finished run's final result, and runs cut "
            + "short would mislead it.";

    private final StringProperty name = text("name");
    private final StringProperty command = text("command");
    private final ObjectProperty<SamplingMethod> samplingMethod = new SimpleObjectProperty<>(this, "samplingMethod",
            SamplingMethod.RANDOM);
    private final StringProperty seed = text("seed");
    private final StringProperty primaryMetricName = text("primaryMetricName");
    private final ObjectProperty<Goal> goal = new SimpleObjectProperty<>(this, "goal", Goal.MAXIMIZE);
    private final ObjectProperty<PolicyType> policyType = new SimpleObjectProperty<>(this, "policyType", PolicyType.NONE);
    private final BooleanProperty slackAmount = new SimpleBooleanProperty(this, "slackAmount", false);
    private final StringProperty slack = text("slack");
    private final StringProperty evaluationInterval = text("evaluationInterval");
    private final StringProperty delayEvaluation = text("delayEvaluation");
    private final StringProperty truncationPercentage = text("truncationPercentage");
    private final BooleanProperty excludeFinishedRuns = new SimpleBooleanProperty(this, "excludeFinishedRuns", false);
    private final StringProperty maxTotalRuns = text("maxTotalRuns");
    private final StringProperty maxConcurrentRuns = text("maxConcurrentRuns");
    private final StringProperty maxDurationMinutes = text("maxDurationMinutes");
    private final ReadOnlyBooleanWrapper policyEditable = new ReadOnlyBooleanWrapper(this, "policyEditable", true);
    private final ReadOnlyStringWrapper policyRule = new ReadOnlyStringWrapper(this, "policyRule", "");

    private List<String> resumeFrom = List.of();
    private List<String> resumeChildRuns = List.of();
    private PolicyType policyBeforeBayesian = PolicyType.NONE;
    private Consumer<String> onEdit = key -> { };
    private boolean syncing;

    public SweepSettingsViewModel() {
        for (ObservableValue<?> field : List.of(name, command, seed, primaryMetricName, goal, slackAmount, slack,
                evaluationInterval, truncationPercentage, excludeFinishedRuns, maxTotalRuns, maxConcurrentRuns,
                maxDurationMinutes, delayEvaluation)) {
            String key = "settings." + ((javafx.beans.property.Property<?>) field).getName();
            field.addListener((o, was, now) -> edited(key));
        }
        policyType.addListener((o, was, now) -> {
            if (!syncing && was != null && now != null
                    && delayEvaluation.get().trim().equals(Integer.toString(was.defaultDelay()))) {
                delayEvaluation.set(Integer.toString(now.defaultDelay()));
            }
            edited("settings.policyType");
        });
        samplingMethod.addListener((o, was, now) -> {
            if (!syncing) {
                lockPolicyFor(was, now);
            }
            policyEditable.set(now != SamplingMethod.BAYESIAN);
            edited("settings.samplingMethod");
        });
    }

    private StringProperty text(String property) {
        return new SimpleStringProperty(this, property, "");
    }

    private void lockPolicyFor(SamplingMethod was, SamplingMethod now) {
        if (now == SamplingMethod.BAYESIAN && was != SamplingMethod.BAYESIAN) {
            policyBeforeBayesian = policyType.get();
            syncing = true;
            policyType.set(PolicyType.NONE);
            syncing = false;
        } else if (was == SamplingMethod.BAYESIAN && now != SamplingMethod.BAYESIAN
                && policyType.get() == PolicyType.NONE) {
            syncing = true;
            policyType.set(policyBeforeBayesian);
            syncing = false;
        }
    }

    void setOnEdit(Consumer<String> onEdit) {
        this.onEdit = onEdit;
    }

    private void edited(String key) {
        policyRule.set(PolicyRuleText.of(toDraft(List.of()).policy(), goal.get()));
        if (!syncing) {
            onEdit.accept(key);
        }
    }

    /** Puts a script picked with the file chooser into the command, keeping its other arguments. */
    public void useScript(String script) {
        command.set(ScriptCommand.withScript(command.get(), script));
    }

    /** The settings as they stand, around {@code parameters}. */
    SweepDraft toDraft(List<ParameterDraft> parameters) {
        PolicyDraft policy = new PolicyDraft(policyType.get(), slackAmount.get(), slack.get(), evaluationInterval.get(),
                delayEvaluation.get(), truncationPercentage.get(), excludeFinishedRuns.get());
        return new SweepDraft(name.get(), command.get(), parameters, samplingMethod.get(), seed.get(),
                primaryMetricName.get(), goal.get(), policy, maxTotalRuns.get(), maxConcurrentRuns.get(),
                maxDurationMinutes.get(), resumeFrom, resumeChildRuns);
    }

    /** Puts the form back to {@code draft} without recording an edit. */
    void restore(SweepDraft draft) {
        syncing = true;
        name.set(draft.name());
        command.set(draft.command());
        samplingMethod.set(draft.samplingMethod());
        seed.set(draft.seed());
        primaryMetricName.set(draft.primaryMetricName());
        goal.set(draft.goal());
        PolicyDraft policy = draft.policy();
        policyType.set(policy.type());
        slackAmount.set(policy.slackAmount());
        slack.set(policy.slack());
        evaluationInterval.set(policy.evaluationInterval());
        delayEvaluation.set(policy.delayEvaluation());
        truncationPercentage.set(policy.truncationPercentage());
        excludeFinishedRuns.set(policy.excludeFinishedRuns());
        maxTotalRuns.set(draft.maxTotalRuns());
        maxConcurrentRuns.set(draft.maxConcurrentRuns());
        maxDurationMinutes.set(draft.maxDurationMinutes());
        resumeFrom = draft.resumeFrom();
        resumeChildRuns = draft.resumeChildRuns();
        syncing = false;
        policyRule.set(PolicyRuleText.of(draft.policy(), draft.goal()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty commandProperty() {
        return command;
    }

    public ObjectProperty<SamplingMethod> samplingMethodProperty() {
        return samplingMethod;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty primaryMetricNameProperty() {
        return primaryMetricName;
    }

    public ObjectProperty<Goal> goalProperty() {
        return goal;
    }

    public ObjectProperty<PolicyType> policyTypeProperty() {
        return policyType;
    }

    /** For bandit: true when the slack is {@code slack_amount}, false for {@code slack_factor}. */
    public BooleanProperty slackAmountProperty() {
        return slackAmount;
    }

    public StringProperty slackProperty() {
        return slack;
    }

    public StringProperty evaluationIntervalProperty() {
        return evaluationInterval;
    }

    public StringProperty delayEvaluationProperty() {
        return delayEvaluation;
    }

    public StringProperty truncationPercentageProperty() {
        return truncationPercentage;
    }

    public BooleanProperty excludeFinishedRunsProperty() {
        return excludeFinishedRuns;
    }

    public StringProperty maxTotalRunsProperty() {
        return maxTotalRuns;
    }

    public StringProperty maxConcurrentRunsProperty() {
        return maxConcurrentRuns;
    }

    public StringProperty maxDurationMinutesProperty() {
        return maxDurationMinutes;
    }

    /** False while Bayesian sampling is chosen (SPEC S6); {@link #BAYESIAN_POLICY_EXPLANATION} says why. */
    public ReadOnlyBooleanProperty policyEditableProperty() {
        return policyEditable.getReadOnlyProperty();
    }

    /** The chosen policy's rule in one line (SPEC §4), for the help text under its fields. */
    public ReadOnlyStringProperty policyRuleProperty() {
        return policyRule.getReadOnlyProperty();
    }

    /** The parent sweeps of a warm start, kept from the loaded file (SPEC W1). */
    public List<String> resumeFrom() {
        return resumeFrom;
    }

    /** The runs to continue, kept from the loaded file (SPEC W3). */
    public List<String> resumeChildRuns() {
        return resumeChildRuns;
    }
}
