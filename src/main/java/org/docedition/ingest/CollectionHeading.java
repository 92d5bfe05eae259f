package org.docedition.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A collection page's document heading: a title ending in its date,
 * {@code Note of the USSR Embassy ... Republic of China. January 30, 1954}.
 *
 * <p>The date may be a day, a month or a year, separated by ordinary or non-breaking spaces, and
 * may be followed by the web page's link label ({@code (Long Speech- Link)}, {@code Link to speech})
 * where the collection points to a text printed elsewhere; that label is page chrome and not kept.
 * Only the last characters of a line are examined, so a 10 MB line costs nothing.
 *
 * @param title         the title as printed, without the date (and without a final full stop,
 *                      unless the date could not be read: then the whole heading is the title)
 * @param date          the date as read
 * @param nbspSeparated whether a non-breaking space stands before the date (how this site sets headings)
 * @param endsSentence  whether the text before the date ends like a sentence ({@code .}, {@code "})
 * @param trailer       the link label after the date, or empty
 */
record CollectionHeading(String title, DateText.Reading date, boolean nbspSeparated, boolean endsSentence,
                         String trailer) {

    private static final Pattern TRAILER = Pattern.compile(
            "\\s+(\\(?[A-Za-z .,-]{0,30}\\blink\\b[A-Za-z .,-]{0,30}\\)?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_AT_END = Pattern.compile(
            "(\\s+)(" + DateText.ENGLISH + ")\\s*$", Pattern.CASE_INSENSITIVE);
    private static final int TAIL = 120;
    /** Long enough for the longest date form with spaces ("September 30, 1954" is 18). */
    private static final int DATE_TAIL = 40;

    /**
     * Whether this heading is one by its own look: a non-breaking space before the date, or a
     * sentence ending before it. Readers still ask what follows before accepting it.
     */
    boolean candidate() {
        return nbspSeparated || endsSentence;
    }

    /** The heading in {@code line}, if the line has the shape of one. */
    static Optional<CollectionHeading> parse(String line) {
        if (!mayEndInDate(line)) {
            return Optional.empty();
        }
        String spaced = SeedText.spaced(line);
        int end = spaced.length();
        while (end > 0 && spaced.charAt(end - 1) == ' ') {
            end--;
        }
        String trailer = "";
        int from = Math.max(0, end - TAIL);
        String tail = spaced.substring(from, end);
        Matcher t = TRAILER.matcher(tail);
        if (tail.toLowerCase(Locale.ROOT).contains("link") && t.find()) {
            trailer = SeedText.trim(line.substring(from + t.start(1), from + t.end(1)));
            end = from + t.start();
        }
        from = Math.max(0, end - DATE_TAIL);
        Matcher d = DATE_AT_END.matcher(spaced.substring(from, end));
        if (!d.find()) {
            return Optional.empty();
        }
        int sepStart = from + d.start(1);
        String before = SeedText.trim(line.substring(0, sepStart));
        boolean nbsp = line.substring(sepStart, from + d.end(1)).indexOf('\u00A0') >= 0;
        if (before.isEmpty() || !nbsp && before.indexOf(' ') < 0 && before.indexOf('\u00A0') < 0) {
            // a date alone is not a heading; nor is "Beijing. October 12, 1954" under a letter
            return Optional.empty();
        }
        char last = before.charAt(before.length() - 1);
        boolean sentence = ".!?\"”»)]".indexOf(last) >= 0;
        DateText.Reading date = DateText.parse(d.group(2));
        String title = date.ok() ? withoutFullStop(before) : SeedText.trim(line.substring(0, end));
        return Optional.of(new CollectionHeading(title, date, nbsp, sentence, trailer));
    }

    /** A cheap test before any pattern: a heading ends in a digit, or in a link label. */
    private static boolean mayEndInDate(String line) {
        int end = line.length();
        while (end > 0 && SeedText.isSpace(line.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = line.charAt(end - 1);
        if (last >= '0' && last <= '9') {
            return true;
        }
        String tail = line.substring(Math.max(0, end - 45), end).toLowerCase(Locale.ROOT);
        return tail.contains("link");
    }

    /** Drops the full stop that separates title and date, but not the one of an initial ("N.S."). */
    private static String withoutFullStop(String title) {
        int n = title.length();
        if (n < 2 || title.charAt(n - 1) != '.') {
            return title;
        }
        char before = title.charAt(n - 2);
        boolean initial = Character.isUpperCase(before) && (n == 2 || !Character.isLetter(title.charAt(n - 3)));
        return initial ? title : SeedText.trim(title.substring(0, n - 1));
    }
}
