package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.docedition.model.HistoricalDate;
import org.junit.jupiter.api.Test;

class DateTextTest {

    @Test
    void precisionNote_partialDates_sayWhatIsLeftOpen() {
        assertEquals("month only", DateText.precisionNote(Optional.of(HistoricalDate.ofMonth(1954, 1))));
        assertEquals("year only", DateText.precisionNote(Optional.of(HistoricalDate.ofYear(1954))));
        assertEquals("", DateText.precisionNote(Optional.of(HistoricalDate.ofDay(1954, 1, 5))));
        assertEquals("Undated", DateText.label(Optional.empty()));
    }
}
