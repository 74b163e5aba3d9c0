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

    @Test
    void trailingZerosGoButNotTheDigitsBeforeThem() {
        assertEquals("0.5", CellFormat.number(0.5));
        assertEquals("2.5", CellFormat.number(2.500001));
        assertEquals("100.5", CellFormat.number(100.5));
        assertEquals("3", CellFormat.number(3.000001));
        assertEquals("1.2346e+05", CellFormat.number(123456.7), "%g's scientific form stays as it is");
        assertEquals("1.5", CellFormat.tick(1.5));
        assertEquals("-0.25", CellFormat.tick(-0.25));
    }
}
