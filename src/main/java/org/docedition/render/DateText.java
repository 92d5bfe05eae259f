package org.docedition.render;

import java.util.Optional;
import org.docedition.model.HistoricalDate;

/** How pages print a date: its reading form and, for a partial date, what it leaves open. */
final class DateText {

    private DateText() {
    }

    /** {@code January 5, 1954}, {@code January 1954}, {@code 1954} or {@code Undated}. */
    static String label(Optional<HistoricalDate> date) {
        return date.map(HistoricalDate::label).orElse("Undated");
    }

    /** {@code month only} or {@code year only} for a partial date, otherwise empty. */
    static String precisionNote(Optional<HistoricalDate> date) {
        if (date.isEmpty()) {
            return "";
        }
        return switch (date.get().precision()) {
            case YEAR -> "year only";
            case MONTH -> "month only";
            case DAY -> "";
        };
    }
}
