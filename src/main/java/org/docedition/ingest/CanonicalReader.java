package org.docedition.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.ArchiveCitation;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.OriginalText;
import org.docedition.model.Paragraph;
import org.docedition.model.PrintedSource;
import org.docedition.model.Source;
import org.docedition.model.SourceLocation;

/**
 * Reads the canonical seed format for documents editors add by hand: Markdown with a small
 * header between two {@code ---} lines, one document per file.
 *
 * <pre>
 * ---
 * title: Letter of ... to ...           (required)
 * date: 1954-03-01                      (1954-03-01, 1954-03, 1954, March 1, 1954, or undated)
 * kind: collection                      (newspaper, collection, catalogue or editorial)
 * number: 68                            (the source's own document number, optional)
 * source: sscr-1952-1955                (a known source's id or title, or the title of a new one)
 * archive: AVPRF. F. 0100. ...          (optional)
 * printed: Soviet-Chinese relations ... pp. 150-151   (optional)
 * author: ...                           (optional)
 * page: 6                               (newspaper page, optional)
 * language: ru                          (BCP 47 tag of the original, needed with an original)
 * ---
 * The text: paragraphs separated by blank lines.
 *
 * ## Notes
 * * the first note (markers as the collection prints them: *, **, 3 *)
 *
 * ## Original
 * ### the original title (optional)
 * The original text, paragraphs separated by blank lines.
 * </pre>
 *
 * <p>Text is kept exactly as written (the site escapes it): Markdown here gives the structure,
 * not inline formatting. The id comes from the header only (source and number, or source, date
 * and title), never from the file name. A bad header field is an error naming file and line;
 * the header's fence lines and section headings are page chrome, every other line is kept.
 */
final class CanonicalReader implements SeedReader {

    /** The source of editorial documents when the header names none. */
    static final Source EDITORIAL = new Source("editorial-notes", "Editorial notes", Kind.EDITORIAL);

    /** Sources a header may name by id or title, so a new document joins their numbering. */
    private static final List<Source> KNOWN = List.of(CollectionReader.SOURCE, NewspaperReader.SOURCE,
            CatalogueReader.SOURCE, EDITORIAL);

    static final List<String> FIELDS = List.of("title", "date", "kind", "number", "source", "archive", "printed",
            "author", "page", "language");

    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z_-]{0,30})\\s*[:：]\\s*(.*)");
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*");
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,19}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");
    private static final Pattern UNDATED = Pattern.compile("undated|unknown|none|n\\.\\s*d\\.?", Pattern.CASE_INSENSITIVE);
    private static final int TITLE_WORDS = 6;
    /** Lines in a header that are not fields, beyond which a {@code ---} no longer closes it. */
    private static final int MOST_STRAY_LINES = 3;
    private static final int SOURCE_ID_LENGTH = 60;
    /** Header lines longer than this are not header lines (keeps regular expressions off huge lines). */
    private static final int LONGEST_FIELD = 10_000;

    private enum Section { TEXT, NOTES, ORIGINAL }

    @Override
    public String format() {
        return "canonical seed";
    }

    @Override
    public String shape() {
        return "canonical seed (.md): a header between '---' lines ('title:', 'date:', 'kind:', 'source:' ...), "
                + "then the text";
    }

    @Override
    public boolean recognises(SeedText seed) {
        if (seed.file().toLowerCase(Locale.ROOT).endsWith(".md")) {
            return true;
        }
        int first = seed.nextNonBlank(0);
        if (first > seed.size() || !isFence(seed.plain(first))) {
            return false;
        }
        int second = seed.nextNonBlank(first);
        return second <= seed.size() && field(seed.plain(second)) != null;
    }

    @Override
    public SeedReading read(SeedText seed) {
        SeedReading out = new SeedReading(seed);
        DocumentLines lines = new DocumentLines();
        Header header = readHeader(seed, out, lines);
        Body body = readBody(seed, header.end(), out, lines);
        out.add(document(seed, header, body, out, lines), idPlan(header), lines);
        return out;
    }

    /** The header's fields with the lines they stand on, and the first line after the header. */
    private record Header(Map<String, String> values, Map<String, Integer> at, int open, int end,
                          String title, Optional<HistoricalDate> date, Kind kind, Source source,
                          Optional<String> number, Optional<String> language) {

        int line(String key) {
            return at.getOrDefault(key, open);
        }
    }

    private Header readHeader(SeedText seed, SeedReading out, DocumentLines lines) {
        int open = seed.nextNonBlank(0);
        if (open > seed.size() || !isFence(seed.plain(open))) {
            int at = Math.min(open, seed.size());
            out.error(at, "a canonical seed starts with a header: a line '---', lines such as 'title: ...', "
                    + "'kind: ...', 'date: ...', then '---'");
            return settle(seed, out, lines, new HashMap<>(), new HashMap<>(), at, Math.max(0, open - 1));
        }
        out.chrome(open);
        // the closing fence; past a few lines that are not fields, a '---' is a rule in the text of
        // a header left open, and the header is taken to end where its fields end
        int close = 0;
        int strays = 0;
        for (int i = seed.nextNonBlank(open); i <= seed.size() && strays <= MOST_STRAY_LINES; i = seed.nextNonBlank(i)) {
            if (isFence(seed.plain(i))) {
                close = i;
                break;
            }
            if (field(seed.plain(i)) == null) {
                strays++;
            }
        }
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> at = new HashMap<>();
        int i = seed.nextNonBlank(open);
        for (; i <= seed.size() && i != close; i = seed.nextNonBlank(i)) {
            Matcher m = field(seed.plain(i));
            if (m == null) {
                if (close == 0) {
                    break; // no closing fence: the header ends where the fields end
                }
                out.error(i, "not a header field: '" + SeedText.excerpt(seed.text(i), 40)
                        + "'; write 'field: value' (fields: " + String.join(", ", FIELDS) + ")");
                lines.keep(i);
                continue;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = SeedText.trim(m.group(2));
            if (!FIELDS.contains(key)) {
                out.error(i, "unknown header field '" + m.group(1) + ":'; known fields: " + String.join(", ", FIELDS));
                lines.keep(i);
            } else if (at.containsKey(key)) {
                out.error(i, "repeated '" + key + ":' (first on line " + at.get(key) + ")");
                lines.keep(i);
            } else {
                values.put(key, value);
                at.put(key, i);
            }
        }
        int end;
        if (close == 0) {
            out.error(open, "the header is not closed: add a line '---' after its last field");
            // the body then starts at the first line that is not a field
            end = i <= seed.size() ? i - 1 : seed.size();
        } else {
            out.chrome(close);
            end = close;
        }
        return settle(seed, out, lines, values, at, open, end);
    }

    /** Checks the fields and records the text each header line keeps. */
    private Header settle(SeedText seed, SeedReading out, DocumentLines lines, Map<String, String> values,
                          Map<String, Integer> at, int open, int end) {
        int first = Math.max(1, open);
        String title = values.getOrDefault("title", "");
        if (title.isEmpty()) {
            out.error(at.getOrDefault("title", first), at.containsKey("title") ? "'title:' is empty"
                    : "missing 'title:' in the header; every document needs a title");
            title = "Untitled document";
        }
        keep(lines, at, "title", title);

        Optional<HistoricalDate> date = Optional.empty();
        String dateText = values.get("date");
        if (dateText == null) {
            out.warning(first, "no 'date:' in the header; the document is listed as undated "
                    + "(write 'date: undated' to say so)");
        } else if (!UNDATED.matcher(dateText).matches()) {
            DateText.Reading r = DateText.parse(dateText);
            if (r.ok()) {
                date = r.date();
                keep(lines, at, "date", r.date().get().label());
            } else {
                out.error(at.get("date"), (r.dateShaped() ? DateText.complaint(r) : "'date:' is not a date: '"
                        + SeedText.excerpt(dateText, 40) + "'") + "; write it as 1954-03-01, 1954-03, 1954, "
                        + "March 1, 1954 or undated");
                keep(lines, at, "date");
            }
        } else {
            keep(lines, at, "date");
        }

        Optional<Kind> known = Optional.empty();
        String kindText = values.get("kind");
        String kinds = String.join(", ", java.util.Arrays.stream(Kind.values()).map(Kind::slug).toList());
        if (kindText == null || kindText.isEmpty()) {
            out.error(at.getOrDefault("kind", first), "missing 'kind:' in the header; one of " + kinds);
        } else {
            known = Kind.fromSlug(kindText);
            if (known.isEmpty()) {
                out.error(at.get("kind"), "unknown kind '" + SeedText.excerpt(kindText, 30) + "'; one of " + kinds);
            }
        }
        keep(lines, at, "kind");

        Source source = source(values.get("source"), known, at.getOrDefault("source", first), out);
        // with the kind in error, a known source's kind stands in, so one mistake gives one error
        Kind kind = known.orElse(source.kind());
        keep(lines, at, "source", values.containsKey("source") ? source.title() : "");

        Optional<String> number = Optional.empty();
        String numberText = values.get("number");
        if (numberText != null && !numberText.isEmpty()) {
            if (NUMBER.matcher(numberText).matches()) {
                number = Optional.of(numberText);
            } else {
                out.error(at.get("number"), "'number:' must be the source's own document number, such as 72, not '"
                        + SeedText.excerpt(numberText, 30) + "'");
            }
        }
        keep(lines, at, "number", number.orElse(""));

        Optional<String> language = Optional.empty();
        String languageText = values.get("language");
        if (languageText != null && !languageText.isEmpty()) {
            if (LANGUAGE.matcher(languageText).matches()) {
                language = Optional.of(languageText);
            } else {
                out.error(at.get("language"), "'language:' must be a language tag such as ru, zh-Hans or en, not '"
                        + SeedText.excerpt(languageText, 30) + "'");
            }
        }
        keep(lines, at, "language");
        for (String plain : List.of("archive", "printed", "author", "page")) {
            keep(lines, at, plain, values.getOrDefault(plain, ""));
        }
        return new Header(values, at, first, end, title, date, kind, source, number, language);
    }

    /** The source a header names: a known one by id or title, else a new one of the header's kind. */
    private static Source source(String text, Optional<Kind> header, int line, SeedReading out) {
        Kind kind = header.orElse(Kind.EDITORIAL);
        if (text == null || text.isEmpty()) {
            if (header.isPresent() && kind != Kind.EDITORIAL) {
                out.error(line, "missing 'source:' in the header: the publication the document comes from "
                        + "(a known one: " + String.join(", ", KNOWN.stream().map(Source::id).toList()) + ")");
            }
            return EDITORIAL;
        }
        for (Source known : KNOWN) {
            if (known.id().equalsIgnoreCase(text) || known.title().equalsIgnoreCase(SeedText.plain(text))) {
                if (header.isPresent() && known.kind() != kind) {
                    out.error(line, "source '" + known.id() + "' holds " + known.kind().slug()
                            + " documents, but 'kind:' says " + kind.slug());
                }
                return known;
            }
        }
        String id = IdSlug.bound(IdSlug.slug(text, 0));
        if (id.length() > SOURCE_ID_LENGTH) {
            id = id.substring(0, SOURCE_ID_LENGTH).replaceAll("-+$", "");
        }
        if (id.isEmpty()) {
            out.warning(line, "the source's name has no Latin letters or digits to make an id from; 'source' is used");
            id = "source";
        }
        return new Source(id, SeedText.trim(text), kind);
    }

    private static void keep(DocumentLines lines, Map<String, Integer> at, String key, String... pieces) {
        Integer line = at.get(key);
        if (line != null) {
            lines.keep(line, pieces);
        }
    }

    /** What follows the header. */
    private record Body(List<Paragraph> text, List<Footnote> notes, String originalTitle, List<Paragraph> original,
                        boolean originalSeen, int originalLine) {
    }

    private Body readBody(SeedText seed, int after, SeedReading out, DocumentLines lines) {
        BodyParts parts = new BodyParts(out);
        for (int i = after + 1; i <= seed.size(); i++) {
            if (seed.isBlank(i)) {
                parts.flush(); // Markdown: a blank line ends a paragraph
                continue;
            }
            String plain = seed.plain(i);
            String line = seed.text(i);
            if (isFence(plain)) {
                parts.flush();
                out.chrome(i);
                continue;
            }
            Matcher heading = plain.length() > LONGEST_FIELD ? null : HEADING.matcher(plain);
            if (heading != null && heading.matches() && !heading.group(2).isEmpty()) {
                parts.flush();
                String name = heading.group(2);
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.equals("notes") || lower.equals("footnotes")) {
                    parts.section = Section.NOTES;
                    out.chrome(i);
                } else if (lower.equals("original") || lower.startsWith("original ") || lower.startsWith("original(")) {
                    if (parts.originalSeen) {
                        out.warning(i, "a second '## Original' heading; its text joins the first original");
                    }
                    parts.section = Section.ORIGINAL;
                    parts.originalSeen = true;
                    parts.originalLine = i;
                    out.chrome(i);
                } else if (parts.section == Section.ORIGINAL && parts.originalTitle.isEmpty()
                        && parts.original.isEmpty()) {
                    parts.originalTitle = name;
                    lines.keep(i, name);
                } else {
                    out.warning(i, "heading '" + SeedText.excerpt(name, 40) + "' is not a section this format "
                            + "knows ('## Notes', '## Original'); it is kept as a paragraph");
                    parts.append(i, name, null);
                    parts.flush();
                    lines.keep(i, name);
                }
                continue;
            }
            Optional<FootnoteMarker> marker = parts.section == Section.NOTES
                    ? FootnoteMarker.parse(line) : Optional.empty();
            if (marker.isPresent()) {
                parts.flush(); // a marker starts a new note
                parts.append(i, marker.get().text(), marker.get());
                lines.keep(i, marker.get().text());
                continue;
            }
            if (parts.section == Section.NOTES && !parts.open()) {
                out.warning(i, "note without a marker ('*', '**', '3 *'); numbered " + (parts.lastOrdinal + 1));
            }
            parts.append(i, line, null);
            lines.keep(i, line);
        }
        parts.flush();
        return new Body(parts.text, parts.notes, parts.originalTitle, parts.original, parts.originalSeen,
                parts.originalLine);
    }

    /** The body as it is being read: the current section and the paragraph or note being joined. */
    private static final class BodyParts {
        final SeedReading out;
        final List<Paragraph> text = new ArrayList<>();
        final List<Footnote> notes = new ArrayList<>();
        final List<Paragraph> original = new ArrayList<>();
        String originalTitle = "";
        boolean originalSeen;
        int originalLine;
        Section section = Section.TEXT;
        int lastOrdinal;
        private final StringBuilder para = new StringBuilder();
        private int paraLine;
        private FootnoteMarker marker;

        BodyParts(SeedReading out) {
            this.out = out;
        }

        boolean open() {
            return paraLine > 0;
        }

        /** Adds a line to the paragraph being joined (a Markdown soft line break is a space). */
        void append(int line, String piece, FootnoteMarker startsNote) {
            if (paraLine == 0) {
                paraLine = line;
                marker = startsNote;
            } else if (para.length() > 0 && !piece.isEmpty()) {
                para.append(' ');
            }
            para.append(piece);
        }

        void flush() {
            if (paraLine == 0) {
                return;
            }
            String joined = para.toString();
            if (SeedText.isBlank(joined)) {
                out.warning(paraLine, "a note marker without any note text");
            } else {
                switch (section) {
                    case TEXT -> text.add(new Paragraph(joined, paraLine));
                    case ORIGINAL -> original.add(new Paragraph(joined, paraLine));
                    case NOTES -> {
                        int ordinal = marker == null ? lastOrdinal + 1 : marker.ordinal();
                        notes.add(new Footnote(ordinal, marker == null ? "" : marker.marker(), joined, paraLine));
                        lastOrdinal = ordinal;
                    }
                }
            }
            para.setLength(0);
            paraLine = 0;
            marker = null;
        }
    }

    private Document document(SeedText seed, Header h, Body b, SeedReading out, DocumentLines lines) {
        Optional<OriginalText> original = Optional.empty();
        if (b.originalSeen() || !b.originalTitle().isEmpty()) {
            if (b.original().isEmpty() && b.originalTitle().isEmpty()) {
                out.warning(b.originalLine(), "'## Original' has no text under it");
            } else {
                if (h.language().isEmpty() && !h.values().containsKey("language")) {
                    out.error(b.originalLine(), "the original needs its language in the header, e.g. 'language: ru'");
                }
                original = Optional.of(new OriginalText(h.language().orElse("und"), b.originalTitle(), "", "", "",
                        b.original()));
            }
        }
        boolean hasText = !b.text().isEmpty() || !b.original().isEmpty();
        if (!hasText) {
            out.warning(h.end() > 0 ? Math.min(h.end(), seed.size()) : 1,
                    "no text after the header: the document is listed as not printed in this source");
        }
        Optional<ArchiveCitation> archive = Optional.ofNullable(h.values().get("archive")).filter(s -> !s.isEmpty())
                .map(s -> new ArchiveCitation(s, h.line("archive")));
        Optional<PrintedSource> printed = Optional.ofNullable(h.values().get("printed")).filter(s -> !s.isEmpty())
                .map(s -> new PrintedSource(s, ""));
        int first = lines.isEmpty() ? Math.max(1, h.open()) : Math.min(lines.first(), Math.max(1, h.open()));
        int last = Math.max(first, lines.isEmpty() ? Math.max(1, seed.lastNonBlank()) : lines.last());
        last = Math.min(Math.max(last, first), Math.max(first, seed.size()));
        return new Document(idPlan(h).first(), h.kind(), h.source(), h.title(), h.date(), h.number(), "",
                h.values().getOrDefault("author", ""), h.values().getOrDefault("page", ""), printed, archive,
                b.text(), original, b.notes(), hasText, new SourceLocation(seed.file(), first, last));
    }

    /** {@code <source>-doc-<number>}; unnumbered: {@code <source>[-<date>][-p<page>]-<first title words>}, then all of it. */
    private static IdPlan idPlan(Header h) {
        String prefix = h.source().id();
        if (h.number().isPresent()) {
            return IdPlan.numbered(IdSlug.id(prefix, "doc", h.number().get()), h.number().get(), h.line("number"));
        }
        String when = h.date().map(HistoricalDate::iso).orElse("undated");
        String page = h.values().getOrDefault("page", "");
        String where = IdSlug.slug(page, 0).isEmpty() ? "" : "p" + IdSlug.slug(page, 0);
        String shortSlug = IdSlug.slug(h.title(), TITLE_WORDS);
        String longSlug = IdSlug.slug(h.title(), 0);
        List<DocumentId> choices = new ArrayList<>();
        if (h.kind() == Kind.NEWSPAPER && !where.isEmpty()) {
            choices.add(IdSlug.id(prefix, when, where)); // as the newspaper reader names its articles
        }
        choices.add(IdSlug.id(prefix, when, where, shortSlug.isEmpty() ? IdSlug.FALLBACK : shortSlug));
        choices.add(IdSlug.id(prefix, when, where, longSlug.isEmpty() ? IdSlug.FALLBACK : longSlug));
        return IdPlan.titled("document '" + SeedText.excerpt(h.title(), 60) + "'", h.line("title"),
                choices.toArray(DocumentId[]::new));
    }

    private static boolean isFence(String plain) {
        return plain.length() >= 3 && plain.length() < 80 && plain.chars().allMatch(c -> c == '-');
    }

    private static Matcher field(String plain) {
        if (plain.length() > LONGEST_FIELD) {
            return null;
        }
        Matcher m = FIELD.matcher(plain);
        return m.matches() ? m : null;
    }
}
