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

    /**
     * The ISO 8601 form, as {@link HistoricalDate#iso()}; written out because {@code String.format}
     * there was a tenth of the render time, and pages print several dates each.
     */
    static String iso(HistoricalDate d) {
        StringBuilder b = new StringBuilder(10);
        pad(b, d.year(), 4);
        if (d.month() != 0) {
            pad(b.append('-'), d.month(), 2);
            if (d.day() != 0) {
                pad(b.append('-'), d.day(), 2);
            }
        }
        return b.toString();
    }

    private static void pad(StringBuilder b, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        b.append(s);
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
