package org.docedition.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.docedition.model.HistoricalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "January 5, 1954 | 1954-01-05",
            "January\u00A05,\u00A01954 | 1954-01-05",
            "5 January 1954 | 1954-01-05",
            "Sept. 18, 1954 | 1954-09-18",
            "January 1954 | 1954-01",
            "1954 | 1954",
            "1957-11-23 | 1957-11-23",
            "1957-11 | 1957-11"})
    void parse_knownForms_readAsPreciseAsPrinted(String text, String iso) {
        DateText.Reading r = DateText.parse(text);
        assertEquals(DateText.Status.OK, r.status(), text);
        assertEquals(iso, r.date().map(HistoricalDate::iso).orElse(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "February 30, 1954 | INVALID",
            "1954-02-30 | INVALID",
            "1954-13-01 | INVALID",
            "September 30, 195 | CUT_OFF",
            "September 30 | CUT_OFF",
            "Soviet China relationship | NONE",
            "72. | NONE"})
    void parse_unusableDates_say_why(String text, DateText.Status status) {
        assertEquals(status, DateText.parse(text).status(), text);
    }
}
