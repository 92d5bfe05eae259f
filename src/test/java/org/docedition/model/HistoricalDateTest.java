package org.docedition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistoricalDateTest {

    @Test
    void iso_everyPrecision_zeroPadded() {
        assertEquals("0954", HistoricalDate.ofYear(954).iso());
        assertEquals("1954-01", HistoricalDate.ofMonth(1954, 1).iso());
        assertEquals("1954-01-05", HistoricalDate.ofDay(1954, 1, 5).iso());
        assertEquals("1963-11-12", HistoricalDate.ofDay(1963, 11, 12).iso());
        assertEquals("9999-12-31", HistoricalDate.ofDay(9999, 12, 31).iso());
    }
}
