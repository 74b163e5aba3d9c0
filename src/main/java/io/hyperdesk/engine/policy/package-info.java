/**
 * Early-termination policies (SPEC §4): pure decisions over immutable sweep snapshots.
 *
 * <p>Rules every policy here follows, where SPEC leaves room:
 * <ul>
 * <li><b>"No value yet" (SPEC T2)</b> means no interval logged ({@code intervals() == 0}). A
 *     non-finite value (NaN, ±Infinity) is a value: it is an interval (M2) and ranks worst (M5).
 *     So a run that has logged only NaN within {@code 1..k} can be canceled — it is worse than any
 *     finite threshold — which is what a user wants from a diverged run. It is never canceled
 *     for want of a threshold: when nothing finite can be compared (Bandit's B or the median is
 *     NaN), nothing is decided. Truncation ranks NaN scores as tied-worst, ties counting against
 *     the judged run, as T6 says.</li>
 * <li><b>Comparators (SPEC T3, T5, W2)</b>: the other runs of {@code history.runs()} and all of
 *     {@code history.parentRuns()} that reached the judged interval {@code k}, each counted with
 *     its values {@code 1..k} only. The judged run is recognised by its run id and counted once,
 *     from the {@code run} argument.</li>
 * <li><b>Canceled, failed and interrupted runs</b> count like completed ones, with the values
 *     they logged, when they reached {@code k}: their state never hides what they logged (as M4
 *     keeps them eligible for best run). A run canceled early therefore drops out of judgements at
 *     later intervals by T3 alone.</li>
 * <li><b>{@code exclude_finished_runs} (SPEC T6)</b> leaves out every run in a terminal state,
 *     parent runs included (they are all finished).</li>
 * <li><b>Schedule (SPEC T1)</b>: applied at {@code k} when {@code k % e == 0} and {@code k >= d},
 *     {@code e ≤ 0} meaning 1.</li>
 * </ul>
 * A decision reads O(1) prefix aggregates per run ({@code MetricSeries.bestWithin/meanWithin}), so
 * it costs O(runs), not O(history); see docs/bench/policy.md.
 */
package io.hyperdesk.engine.policy;
