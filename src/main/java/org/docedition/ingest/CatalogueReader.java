package org.docedition.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.docedition.model.Document;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.Paragraph;
import org.docedition.model.Source;
import org.docedition.model.SourceLocation;

/**
 * Reads a search-results page of the Wilson Center Digital Archive: page chrome ("Skip to
 * content", "Results:", "711 - 720 of 1250", "Documents", "Pagination"), then records, each a
 * date line, a title line and a summary of one or more paragraphs.
 *
 * <p>A record is a catalogue entry: its summary is the only text the source holds, kept as the
 * document's paragraphs ({@link Kind#CATALOGUE} tells a renderer they are a summary). Tolerated:
 * missing chrome, any blank lines, a listing that begins mid-record (the lines before the first
 * date become an undated record, warning) or stops early (a record with no summary, warning).
 * A date line that cannot be read ({@code February 30, 1954}: error; cut off: warning) leaves the
 * record undated, with the date as printed after its title in brackets.
 */
final class CatalogueReader implements SeedReader {

    static final Source SOURCE = new Source("wilson-center-digital-archive", "Wilson Center Digital Archive",
            Kind.CATALOGUE);

    private static final Pattern RANGE = Pattern.compile("(?:results:?\\s*)?\\d[\\d,]*\\s*[-–]\\s*\\d[\\d,]*\\s+of\\s+\\d[\\d,]*",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> CHROME = List.of("skip to content", "results:", "results", "documents",
            "pagination", "next", "previous", "next page", "previous page", "first", "last", "sort by", "filters");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int TITLE_WORDS = 6;

    @Override
    public String format() {
        return "catalogue listing";
    }

    @Override
    public String shape() {
        return "catalogue listing: 'Skip to content', 'Results:' chrome, then date line, title line, summary";
    }

    @Override
    public boolean recognises(SeedText seed) {
        int records = 0;
        for (int i = seed.nextNonBlank(0); i <= seed.size(); i = seed.nextNonBlank(i)) {
            String p = seed.plain(i);
            String lower = p.toLowerCase(Locale.ROOT);
            if (lower.equals("skip to content") || lower.equals("pagination") || p.length() < 40 && RANGE.matcher(p).matches()) {
                return true;
            }
            int next = seed.nextNonBlank(i);
            if (isDateLine(p) && next <= seed.size() && !isDateLine(seed.plain(next)) && !isChrome(seed.plain(next))) {
                records++;
            }
        }
        return records > 0;
    }

    @Override
    public SeedReading read(SeedText seed) {
        SeedReading out = new SeedReading(seed);
        Record current = null;
        List<Integer> orphans = new ArrayList<>();
        for (int i = seed.nextNonBlank(0); i <= seed.size(); i = seed.nextNonBlank(i)) {
            String p = seed.plain(i);
            if (isChrome(p)) {
                out.chrome(i);
                continue;
            }
            if (isDateLine(p)) {
                if (current != null) {
                    current.finish(seed, out);
                } else if (!orphans.isEmpty()) {
                    orphanRecord(seed, out, orphans);
                }
                current = new Record(i, DateText.parse(p));
                continue;
            }
            if (current == null) {
                orphans.add(i);
            } else {
                current.lines.add(i);
            }
        }
        if (current != null) {
            current.finish(seed, out);
        } else if (!orphans.isEmpty()) {
            orphanRecord(seed, out, orphans);
        }
        return out;
    }

    /** Lines before the first date line: the listing began mid-record; kept as an undated record. */
    private static void orphanRecord(SeedText seed, SeedReading out, List<Integer> lines) {
        Record r = new Record(0, null);
        r.lines.addAll(lines);
        out.warning(lines.get(0), "listing begins mid-record: lines " + lines.get(0) + "-"
                + lines.get(lines.size() - 1) + " come before the first date line; kept as an undated record");
        r.finish(seed, out);
        lines.clear();
    }

    static boolean isDateLine(String plain) {
        return plain.length() <= 40 && DateText.parse(plain).dateShaped();
    }

    static boolean isChrome(String plain) {
        if (plain.length() > 60) {
            return false;
        }
        String lower = plain.toLowerCase(Locale.ROOT);
        if (lower.contains("  ") || lower.indexOf('\t') >= 0) {
            lower = SPACES.matcher(lower).replaceAll(" ");
        }
        return CHROME.contains(lower) || hasDigit(plain) && RANGE.matcher(plain).matches();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** One record being read: its date line and the lines after it. */
    private static final class Record {
        private final int dateLine;
        private final DateText.Reading date;
        private final List<Integer> lines = new ArrayList<>();

        Record(int dateLine, DateText.Reading date) {
            this.dateLine = dateLine;
            this.date = date;
        }

        void finish(SeedText seed, SeedReading out) {
            DocumentLines kept = new DocumentLines();
            Optional<HistoricalDate> when = Optional.empty();
            if (date != null) {
                if (date.ok()) {
                    when = date.date();
                    kept.keep(dateLine, when.get().label());
                } else {
                    kept.keep(dateLine, date.text());
                    if (date.status() == DateText.Status.INVALID) {
                        out.error(dateLine, DateText.complaint(date));
                    } else {
                        out.warning(dateLine, DateText.complaint(date));
                    }
                }
            }
            int first = dateLine > 0 ? dateLine : lines.get(0);
            String title;
            List<Paragraph> summary = new ArrayList<>();
            if (lines.isEmpty()) {
                title = "Untitled record";
                out.warning(dateLine, "record has a date but no title and no summary");
            } else {
                title = seed.text(lines.get(0));
                kept.keep(lines.get(0), title);
                for (int k = 1; k < lines.size(); k++) {
                    int line = lines.get(k);
                    summary.add(new Paragraph(seed.text(line), line));
                    kept.keep(line, seed.text(line));
                }
                if (summary.isEmpty()) {
                    out.warning(lines.get(0), "record has no summary (the listing may stop early)");
                }
            }
            String named = title;
            if (date != null && !date.ok()) {
                // the date as printed stays visible, so nothing of the listing is lost
                title = title + " (" + date.text() + ")";
            }
            int last = Math.max(first, kept.last());
            String day = when.map(HistoricalDate::iso).orElse("undated");
            String slug = IdSlug.slug(named, TITLE_WORDS);
            IdPlan plan = IdPlan.titled("record '" + SeedText.excerpt(named, 60) + "'", first,
                    IdSlug.id(SOURCE.id(), day, slug.isEmpty() ? IdSlug.FALLBACK : slug),
                    IdSlug.id(SOURCE.id(), day, slug.isEmpty() ? IdSlug.FALLBACK : IdSlug.slug(named, 0)));
            // a catalogue record's summary is its text; without one the source holds none of it
            Document doc = new Document(plan.first(), Kind.CATALOGUE, SOURCE, title, when, Optional.empty(), "",
                    "", "", Optional.empty(), Optional.empty(), summary, Optional.empty(), List.of(),
                    !summary.isEmpty(), new SourceLocation(seed.file(), first, last));
            out.add(doc, plan, kept);
        }
    }
}
