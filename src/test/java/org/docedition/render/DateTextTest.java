package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.docedition.model.HistoricalDate;
import org.junit.jupiter.api.Test;

class DateTextTest {

    @Test
    void iso_everyPrecision_matchesTheModel() {
        for (HistoricalDate d : List.of(HistoricalDate.ofYear(954), HistoricalDate.ofMonth(1954, 1),
                HistoricalDate.ofDay(1954, 1, 5), HistoricalDate.ofDay(1963, 11, 12))) {
            assertEquals(d.iso(), DateText.iso(d));
        }
    }

    @Test
    void precisionNote_partialDates_sayWhatIsLeftOpen() {
        assertEquals("month only", DateText.precisionNote(Optional.of(HistoricalDate.ofMonth(1954, 1))));
        assertEquals("year only", DateText.precisionNote(Optional.of(HistoricalDate.ofYear(1954))));
        assertEquals("", DateText.precisionNote(Optional.of(HistoricalDate.ofDay(1954, 1, 5))));
        assertEquals("Undated", DateText.label(Optional.empty()));
    }
}
