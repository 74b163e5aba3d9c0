package io.hyperdesk.gui.monitor.plot;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.gui.monitor.RunRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the metric plot shows for one metric (SPEC V2), computed from the visible runs without a
 * toolkit: one line per run that logged the metric, emphasised lines last (drawn on top), or —
 * when every run that logged it logged it once — a scatter over run number with a stepped
 * running-best line.
 *
 * @param metric  the metric shown
 * @param scatter true for the scatter over run number
 * @param lines   the lines (in lines mode), least emphasised first
 * @param points  the points (in scatter mode), by run number
 * @param runningBest for each point, the best value among the points up to it (scatter mode)
 */
public record MetricPlotData(String metric, boolean scatter, List<RunLine> lines, List<RunRow> points,
                             double[] runningBest) {

    /**
     * @param visible  the runs the filters let through
     * @param metric   the metric to show
     * @param goal     the primary metric's goal (which way "best" runs)
     * @param best     the best run, or null
     * @param selected the selected run, or null
     */
    public static MetricPlotData of(List<RunRow> visible, String metric, Goal goal, RunRow best, RunRow selected) {
        List<RunRow> logged = new ArrayList<>();
        boolean once = true;
        boolean anyFinished = false;
        for (RunRow row : visible) {
            MetricSeries series = row.series(metric);
            if (series.isEmpty()) {
                continue;
            }
            logged.add(row);
            once &= series.intervals() == 1;
            anyFinished |= row.state().isTerminal();
        }
        if (once && anyFinished) {
            logged.sort(Comparator.comparingInt(RunRow::number));
            double[] running = new double[logged.size()];
            double current = Double.NaN;
            for (int i = 0; i < logged.size(); i++) {
                current = goal.better(current, logged.get(i).series(metric).valueAt(1));
                running[i] = current;
            }
            return new MetricPlotData(metric, true, List.of(), List.copyOf(logged), running);
        }
        List<RunLine> lines = new ArrayList<>(logged.size());
        for (RunRow row : logged) {
            lines.add(new RunLine(row, styleOf(row, best, selected)));
        }
        lines.sort(Comparator.comparing(RunLine::style));
        return new MetricPlotData(metric, false, List.copyOf(lines), List.of(), new double[0]);
    }

    private static RunLine.Style styleOf(RunRow row, RunRow best, RunRow selected) {
        if (row == selected) {
            return RunLine.Style.SELECTED;
        }
        if (row == best) {
            return RunLine.Style.BEST;
        }
        return row.state() == RunState.CANCELED ? RunLine.Style.CANCELED : RunLine.Style.NORMAL;
    }
}
