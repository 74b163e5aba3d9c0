package io.hyperdesk.gui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellFormatTest {

    @Test
    void commandLinesQuoteWhatAShellWouldSplit() {
        assertEquals("python3 train.py --word 'a b; rm -rf x' --quote 'it'\\''s' --empty ''",
                CellFormat.commandLine(List.of("python3", "train.py", "--word", "a b; rm -rf x", "--quote", "it's",
                        "--empty", "")));
    }

    @Test
    void numbersAreShortAndMissingValuesEmpty() {
        assertEquals("", CellFormat.number(Double.NaN));
        assertEquals("0.97312", CellFormat.number(0.973123456));
        assertEquals("1.235e-05", CellFormat.number(0.0000123456));
        assertEquals("42", CellFormat.number(42));
        assertEquals("0.00289", CellFormat.tick(0.0028934));
        assertEquals("6.04e-04", CellFormat.tick(0.000604321));
    }
}
