package io.hyperdesk.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "0.786363636, 0.7864",
        "0.865, 0.865",
        "1.1, 1.1",
        "0.70, 0.7",
        "0.78625, 0.7863",
        "-0.5, -0.5",
        "123456.7, 123500",
        "12345678, 1.235E+7",
        "0.0000123456, 1.235E-5",
        "0.00012345, 0.0001235",
        "0.00001, 1E-5",
        "0.000001, 1E-6",
        "-0.0000012345, -1.235E-6",
        "1e300, 1E+300",
        "0, 0",
        "-0.0, 0",
        "NaN, NaN",
        "Infinity, Infinity",
        "-Infinity, -Infinity"})
    void fourSignificantDigits(double value, String expected) {
        assertEquals(expected, PolicyNumbers.format(value));
    }
}
