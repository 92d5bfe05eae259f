package org.docedition.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;

/**
 * A date as precise as its source: a year, a month or a day.
 *
 * <p>Partial dates sort before the days of their period ("January 1954" before "January 5, 1954"),
 * which is how a chronology presents them.
 *
 * @param year      the year
 * @param month     1-12, or 0 when only the year is known
 * @param day       1-31, or 0 when only the month or year is known
 */
public record HistoricalDate(int year, int month, int day) implements Comparable<HistoricalDate>, java.io.Serializable {

    private static final Comparator<HistoricalDate> ORDER = Comparator
            .comparingInt(HistoricalDate::year)
            .thenComparingInt(HistoricalDate::month)
            .thenComparingInt(HistoricalDate::day);
    /** The English month names, looked up once: the locale lookup per call showed in profiles of every page. */
    private static final String[] MONTH_NAMES = java.util.Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);

    /** Validates the parts; a day that does not exist (February 30) is rejected. */
    public HistoricalDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month");
            }
            // throws DateTimeException for February 30 and the like
            LocalDate.of(year, month, day);
        }
    }

    public static HistoricalDate ofYear(int year) {
        return new HistoricalDate(year, 0, 0);
    }

    public static HistoricalDate ofMonth(int year, int month) {
        return new HistoricalDate(year, month, 0);
    }

    public static HistoricalDate ofDay(int year, int month, int day) {
        return new HistoricalDate(year, month, day);
    }

    /** Day, month or year. */
    public DatePrecision precision() {
        if (day != 0) {
            return DatePrecision.DAY;
        }
        return month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** ISO 8601 as precise as the source: {@code 1954}, {@code 1954-01} or {@code 1954-01-05}. */
    public String iso() {
        // by hand rather than String.format: pages, exports and keys ask for it hundreds of thousands of times
        StringBuilder s = new StringBuilder(10);
        padded(s, year, 4);
        if (precision() != DatePrecision.YEAR) {
            padded(s.append('-'), month, 2);
        }
        if (precision() == DatePrecision.DAY) {
            padded(s.append('-'), day, 2);
        }
        return s.toString();
    }

    /** Appends {@code value} (not negative) zero-padded to {@code width} digits, as {@code %0<width>d} does. */
    private static void padded(StringBuilder s, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            s.append('0');
        }
        s.append(digits);
    }

    /** English reading form: {@code January 5, 1954}, {@code January 1954} or {@code 1954}. */
    public String label() {
        return switch (precision()) {
            case YEAR -> Integer.toString(year);
            case MONTH -> monthName() + " " + year;
            case DAY -> monthName() + " " + day + ", " + year;
        };
    }

    /** The English month name, or an empty string when only the year is known. */
    public String monthName() {
        return month == 0 ? "" : MONTH_NAMES[month - 1];
    }

    /** A number that sorts like the date, for search indexes: {@code 19540105}, partial parts as 00. */
    public int sortKey() {
        return year * 10000 + month * 100 + day;
    }

    @Override
    public int compareTo(HistoricalDate other) {
        return ORDER.compare(this, other);
    }
}
