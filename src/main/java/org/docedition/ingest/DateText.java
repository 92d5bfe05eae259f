package org.docedition.ingest;

import java.time.DateTimeException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.HistoricalDate;

/**
 * Reads a date as the seeds print it: {@code January 5, 1954}, {@code 5 January 1954},
 * {@code January 1954}, {@code 1954}, {@code 1957-11-23}, with ordinary or non-breaking spaces.
 */
final class DateText {

    /** What a date text turned out to be. */
    enum Status {
        /** A real date. */
        OK,
        /** Date-shaped, but the day does not exist ({@code February 30, 1954}). */
        INVALID,
        /** Cut off: the year has fewer than four digits ({@code September 30, 195}). */
        CUT_OFF,
        /** Not a date at all. */
        NONE
    }

    /**
     * The outcome of reading a date text.
     *
     * @param status what it is
     * @param date   the date when {@code status} is OK
     * @param text   the text as read (spaces normalised)
     */
    record Reading(Status status, Optional<HistoricalDate> date, String text) {
        boolean ok() {
            return status == Status.OK;
        }

        /** Whether the text had the shape of a date, readable or not. */
        boolean dateShaped() {
            return status != Status.NONE;
        }
    }

    /** Month names and their usual abbreviations, for use inside other patterns. */
    static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    /** A date in any of the English forms, for use inside other patterns (case-insensitive). */
    static final String ENGLISH = "(?:\\b" + MONTH + "\\s+\\d{1,2},?\\s+\\d{1,4}"
            + "|\\b\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{1,4}"
            + "|\\b" + MONTH + ",?\\s+\\d{1,4}"
            + "|\\b\\d{4})";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(" + MONTH + ")\\s+(\\d{1,2}),?\\s+(\\d{1,4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})\\s+(" + MONTH + "),?\\s+(\\d{1,4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(" + MONTH + "),?\\s+(\\d{1,4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Dates longer than this are not dates; keeps regular expressions off 10 MB lines. */
    private static final int LONGEST = 40;

    private DateText() {
    }

    /** Reads {@code text}, which must be a date and nothing else. */
    static Reading parse(String text) {
        if (text.length() > LONGEST * 4) {
            return none(SeedText.excerpt(text, LONGEST));
        }
        String t = SeedText.plain(text);
        if (t.contains("  ") || t.indexOf('\t') >= 0) {
            t = SPACES.matcher(t).replaceAll(" ");
        }
        if (t.isEmpty() || t.length() > LONGEST || !hasDigit(t)) {
            return none(t);
        }
        Matcher m = MONTH_DAY_YEAR.matcher(t);
        if (m.matches()) {
            return build(t, m.group(3), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return build(t, m.group(3), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return build(t, m.group(2), month(m.group(1)), 0);
        }
        m = ISO.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (month == 0) {
                return new Reading(Status.INVALID, Optional.empty(), t);
            }
            return build(t, m.group(1), month, day);
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            return build(t, m.group(1), 0, 0);
        }
        return none(t);
    }

    private static Reading build(String text, String year, int month, int day) {
        if (year.length() < 4) {
            return new Reading(Status.CUT_OFF, Optional.empty(), text);
        }
        try {
            return new Reading(Status.OK,
                    Optional.of(new HistoricalDate(Integer.parseInt(year), month, day)), text);
        } catch (DateTimeException | IllegalArgumentException e) {
            return new Reading(Status.INVALID, Optional.empty(), text);
        }
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static Reading none(String text) {
        return new Reading(Status.NONE, Optional.empty(), text);
    }

    /** 1-12 for a month name or abbreviation as matched by {@link #MONTH}. */
    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    /** A message for a date that could not be used, naming what to do. */
    static String complaint(Reading r) {
        return switch (r.status()) {
            case INVALID -> "date does not exist: '" + r.text() + "'";
            case CUT_OFF -> "date cut off: '" + r.text() + "' has no full year; left undated";
            default -> "not a date: '" + SeedText.excerpt(r.text(), 40) + "'";
        };
    }
}
