package io.hyperdesk.gui.preview;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** {@link AxisNumbers} as a {@link NumberFormat}, for JFreeChart's tick labels. Formatting only. */
final class AxisNumberFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        // Ticks land on values like 0.30000000000000004; the label is the short form.
        return toAppendTo.append(AxisNumbers.format(Math.abs(number) < 1e-12 ? 0 : number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(AxisNumbers.format(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are never parsed");
    }
}
