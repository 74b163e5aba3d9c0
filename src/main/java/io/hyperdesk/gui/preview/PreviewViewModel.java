package io.hyperdesk.gui.preview;

import io.hyperdesk.engine.space.ParameterExpression;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The distribution preview beside the parameter form. Each request draws {@link DistributionPreview#DRAWS}
 * values on the background executor; only the latest request's histogram reaches the view (an
 * older one finishing late is dropped), so typing fast never shows a stale picture.
 */
public final class PreviewViewModel {

    private final ReadOnlyObjectWrapper<Histogram> histogram = new ReadOnlyObjectWrapper<>(this, "histogram");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper valueLabel = new ReadOnlyStringWrapper(this, "valueLabel", "value");
    private final AtomicLong latest = new AtomicLong();
    private final UiExecutor ui;
    private final BackgroundExecutor background;
    private final int draws;

    public PreviewViewModel(UiExecutor ui, BackgroundExecutor background) {
        this(ui, background, DistributionPreview.DRAWS);
    }

    PreviewViewModel(UiExecutor ui, BackgroundExecutor background, int draws) {
        this.ui = ui;
        this.background = background;
        this.draws = draws;
    }

    /** Shows {@code expression}'s distribution; null (an invalid parameter) clears the chart. Call on the UI thread. */
    public void show(String parameterName, ParameterExpression expression) {
        long request = latest.incrementAndGet();
        if (expression == null) {
            histogram.set(null);
            caption.set(parameterName == null ? "Select a parameter to see its distribution."
                    : "Fix " + parameterName + "'s expression to see its distribution.");
            return;
        }
        background.execute(() -> {
            if (latest.get() != request) {
                return;
            }
            Histogram result = DistributionPreview.of(expression, draws);
            String text = describe(parameterName, expression, result);
            ui.execute(() -> {
                if (latest.get() == request) {
                    valueLabel.set(parameterName == null || parameterName.isBlank() ? "value" : parameterName);
                    histogram.set(result);
                    caption.set(text);
                }
            });
        });
    }

    private static String describe(String name, ParameterExpression expression, Histogram histogram) {
        String draws = String.format("%,d draws of %s", histogram.draws(), expression.toText());
        if (histogram instanceof Histogram.Numeric numeric) {
            return draws + " · " + AxisNumbers.format(numeric.min()) + " … " + AxisNumbers.format(numeric.max())
                    + (numeric.logScale() ? " · log scale" : "");
        }
        return draws + " · " + ((Histogram.Categorical) histogram).labels().size() + " values, equally likely";
    }

    /** The latest histogram, or null when there is nothing to show. */
    public ReadOnlyObjectProperty<Histogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    /** The value axis's label: the parameter's name. Set just before the histogram it belongs to. */
    public ReadOnlyStringProperty valueLabelProperty() {
        return valueLabel.getReadOnlyProperty();
    }

    /** One line under the chart: how many draws of what, their range, the axis scale. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }
}
