package org.docedition.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.GlossaryEntry;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.OriginalText;
import org.docedition.model.Paragraph;
import org.docedition.model.Problem;
import org.docedition.model.Source;
import org.docedition.model.SourceLocation;

/**
 * Reads a newspaper article with its translation: a {@code Title:/Author:/Date:/Page:} header,
 * the English text (one paragraph per line), {@code <hr />}, {@code Original:}, then the Chinese
 * original: {@code ### title}, date, {@code 第N版} page, {@code 专栏：} column and indented paragraphs.
 * Later issues print {@code Edition:} for {@code Page:}, and a "Named Entities" list (a name, a
 * tab, its rendering) after the text or the original: it becomes the document's glossary.
 *
 * <p>Reading runs in two phases, as in {@link CanonicalReader}: the header, the translation and the
 * original are read raw, then checked against each other into an article.
 *
 * <p>Tolerated: header lines missing or in any order, blank lines anywhere, trailing spaces after
 * prefixes, no {@code <hr />} or no {@code Original:} label (either one marks the original), no
 * original at all (a warning). A {@code Date:} that cannot be read is an error; the date as
 * printed is then kept after the title in brackets. Id: {@code peoples-daily-<date>-p<page>}.
 * When two articles share date and page, the {@link SeedIngester} adds a slug of the title's
 * first words.
 */
final class NewspaperReader implements SeedReader {

    /**
     * The newspaper. The Chinese originals in these seeds are pages of People's Daily (人民日报):
     * the {@code 第N版} page and {@code 专栏} column lines are the layout of its digitised archive.
     */
    static final Source SOURCE = new Source("peoples-daily", "People's Daily (人民日报)", Kind.NEWSPAPER);
    static final String LANGUAGE = "zh-Hans";

    private static final Pattern HEADER = Pattern.compile("(title|author|date|page|edition)\\s*[:：]\\s*(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE = Pattern.compile("<\\s*hr\\s*/?\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL = Pattern.compile("original\\s*[:：]\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE_DATE = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern PAGE = Pattern.compile("第\\s*(\\S{1,6}?)\\s*版\\s*(?:[(（]\\s*(.*?)\\s*[)）])?");
    /** The heading of a names list: "**Named Entities**", bold or not, a colon or not. */
    private static final Pattern GLOSSARY_HEADING = Pattern.compile(
            "(\\*\\*|__)?\\s*named\\s+entities\\s*[:：]?\\s*(\\*\\*|__)?\\s*[:：]?", Pattern.CASE_INSENSITIVE);
    /** A names-list line: the name as printed, a tab or two spaces or more, its rendering. */
    private static final Pattern GLOSSARY_ENTRY = Pattern.compile(
            "(\\S(?:.*?\\S)?)(?:\\t[\\t \u3000]*| {2,}[\\t ]*)(\\S.*)");
    private static final int SUFFIX_WORDS = 5;

    @Override
    public String format() {
        return "newspaper article";
    }

    @Override
    public String shape() {
        return "newspaper article: 'Title:', 'Date:', 'Page:' header, English text, '<hr />', 'Original:', Chinese text";
    }

    @Override
    public boolean recognises(SeedText seed) {
        boolean rule = false;
        boolean original = false;
        int headers = 0;
        int seen = 0;
        for (int i = seed.nextNonBlank(0); i <= seed.size(); i = seed.nextNonBlank(i)) {
            String p = seed.plain(i);
            if (seen++ < 6 && p.length() < 400 && HEADER.matcher(p).matches()) {
                headers++;
            }
            rule |= isRule(p);
            original |= isOriginalLabel(p);
        }
        return headers >= 2 || rule && original;
    }

    @Override
    public SeedReading read(SeedText seed) {
        SeedReading out = new SeedReading(seed);
        DocumentLines lines = new DocumentLines();
        Header header = readHeader(seed, out, lines);
        Translation english = readTranslation(seed, header, out, lines);
        Original original = readOriginal(seed, english.end(), out, lines);
        Article article = article(seed, header, english, original, out, lines);
        int first = lines.isEmpty() ? seed.nextNonBlank(0) : lines.first();
        int last = Math.max(first, lines.isEmpty() ? seed.lastNonBlank() : lines.last());
        IdPlan plan = idPlan(article.date(), article.page(), article.title(),
                article.pageLine() > 0 ? article.pageLine() : Math.max(article.dateLine(), first));
        List<GlossaryEntry> glossary = new ArrayList<>(english.glossary());
        glossary.addAll(original.glossary());
        Document doc = new Document(plan.first(), Kind.NEWSPAPER, SOURCE, article.title(), article.date(),
                Optional.empty(), "", header.value("author"), article.page(), Optional.empty(), Optional.empty(),
                english.paragraphs(), original.text(), List.of(), article.hasText(),
                new SourceLocation(seed.file(), first, last), glossary);
        out.add(doc, plan, lines);
        return out;
    }

    /** A header line as written: its value and line. */
    private record Field(String value, int line) {
    }

    /**
     * The {@code Key: value} lines at the top. A repeated key is kept as text ({@code repeats}) so
     * nothing printed is lost; {@code end} is the last header line.
     */
    private record Header(Map<String, Field> fields, List<Paragraph> repeats, int end) {

        String value(String key) {
            Field f = fields.get(key);
            return f == null ? "" : f.value();
        }

        int line(String key) {
            Field f = fields.get(key);
            return f == null ? 0 : f.line();
        }
    }

    /**
     * The English text up to the rule or the {@code Original:} label (repeated header lines first),
     * and a names list after it.
     */
    private record Translation(List<Paragraph> paragraphs, List<GlossaryEntry> glossary, int end) {
    }

    /**
     * The original as printed: page chrome read into its parts.
     *
     * @param seen       whether a rule or an {@code Original:} label marks it
     * @param pageNumber the number in {@code 第N版}, or empty
     */
    private record Original(boolean seen, String title, String dateline, int datelineLine, String page,
                            String pageNumber, int pageLine, String column, List<Paragraph> paragraphs,
                            List<GlossaryEntry> glossary) {

        boolean isEmpty() {
            return title.isEmpty() && paragraphs.isEmpty() && dateline.isEmpty() && page.isEmpty() && column.isEmpty();
        }

        Optional<OriginalText> text() {
            return isEmpty() ? Optional.empty()
                    : Optional.of(new OriginalText(LANGUAGE, title, dateline, page, column, paragraphs));
        }
    }

    /** What the raw parts say once checked against each other. */
    private record Article(String title, Optional<HistoricalDate> date, int dateLine, String page, int pageLine,
                           boolean hasText) {
    }

    private static Header readHeader(SeedText seed, SeedReading out, DocumentLines lines) {
        Map<String, Field> fields = new HashMap<>();
        List<Paragraph> repeats = new ArrayList<>();
        int i = seed.nextNonBlank(0);
        int end = 0;
        // blank lines between header lines are allowed
        for (Matcher m; i <= seed.size() && (m = header(seed.plain(i))) != null; i = seed.nextNonBlank(i)) {
            String key = m.group(1).toLowerCase(Locale.ROOT);
            // later issues of the paper print 'Edition:' where earlier ones print 'Page:'
            String field = key.equals("edition") ? "page" : key;
            end = i;
            if (fields.containsKey(field)) {
                out.warning(i, "repeated '" + m.group(1) + ":' header line; the first one is used, this one kept as text");
                repeats.add(new Paragraph(seed.text(i), i));
                lines.keep(i, seed.text(i));
                continue;
            }
            String value = SeedText.trim(valueAfterColon(seed.text(i)));
            fields.put(field, new Field(value, i));
            if (!field.equals("date")) {
                lines.keep(i, value);
            }
        }
        return new Header(fields, repeats, end);
    }

    private static Translation readTranslation(SeedText seed, Header header, SeedReading out, DocumentLines lines) {
        List<Paragraph> english = new ArrayList<>(header.repeats());
        List<GlossaryEntry> glossary = new ArrayList<>();
        int i = seed.nextNonBlank(header.end());
        while (i <= seed.size() && !isRule(seed.plain(i)) && !isOriginalLabel(seed.plain(i))) {
            if (isGlossaryHeading(seed.plain(i))) {
                i = readGlossary(seed, i, out, lines, glossary);
                continue;
            }
            english.add(new Paragraph(seed.text(i), i));
            lines.keep(i, seed.text(i));
            i = seed.nextNonBlank(i);
        }
        return new Translation(english, glossary, i - 1);
    }

    /**
     * Reads a "Named Entities" list from its heading at {@code heading} up to the rule, the
     * {@code Original:} label or the end; returns the line after it. Each line is a name as
     * printed, a tab (or two spaces or more), and its English rendering.
     */
    private static int readGlossary(SeedText seed, int heading, SeedReading out, DocumentLines lines,
                                    List<GlossaryEntry> glossary) {
        // the heading is a label ('**' is Markdown bold, not a footnote marker): the page shows its own
        out.chrome(heading);
        int i = seed.nextNonBlank(heading);
        for (; i <= seed.size() && !isRule(seed.plain(i)) && !isOriginalLabel(seed.plain(i));
             i = seed.nextNonBlank(i)) {
            String text = seed.text(i);
            Matcher m = GLOSSARY_ENTRY.matcher(text);
            SourceLocation where = new SourceLocation(seed.file(), i, i);
            if (m.matches()) {
                glossary.add(new GlossaryEntry(m.group(1), m.group(2), where));
                lines.keep(i, m.group(1), m.group(2));
            } else {
                out.warning(i, "'" + SeedText.excerpt(text, 40) + "' in the Named Entities list is not a name, "
                        + "a tab and its rendering; kept as a name without rendering");
                glossary.add(new GlossaryEntry(text, "", where));
                lines.keep(i, text);
            }
        }
        return i;
    }

    /** The original: markup and label lines are page chrome. */
    private static Original readOriginal(SeedText seed, int after, SeedReading out, DocumentLines lines) {
        String title = "";
        String dateline = "";
        int datelineLine = 0;
        String page = "";
        String pageNumber = "";
        int pageLine = 0;
        String column = "";
        List<Paragraph> chinese = new ArrayList<>();
        List<GlossaryEntry> glossary = new ArrayList<>();
        boolean seen = false;
        for (int i = seed.nextNonBlank(after); i <= seed.size(); i = seed.nextNonBlank(i)) {
            String p = seed.plain(i);
            String text = seed.text(i);
            // before the text: the page's chrome, each part once
            boolean top = chinese.isEmpty();
            if (top && isRule(p)) {
                out.chrome(i);
                seen = true;
                continue;
            }
            Matcher label = ORIGINAL.matcher(p);
            if (top && p.length() < 400 && label.matches()) {
                seen = true;
                if (label.group(1).isEmpty()) {
                    out.chrome(i);
                    continue;
                }
                text = SeedText.trim(valueAfterColon(text)); // "Original: ### title" on one line
            }
            if (isGlossaryHeading(p)) {
                // readGlossary stops at the end, so the list closes the file
                readGlossary(seed, i, out, lines, glossary);
                break;
            }
            if (top && title.isEmpty() && text.startsWith("#")) {
                title = SeedText.trim(text.replaceFirst("^#+", ""));
                lines.keep(i, title);
            } else if (top && dateline.isEmpty()
                    && (ISO_DATE.matcher(p).matches() || CHINESE_DATE.matcher(p).matches())) {
                dateline = text;
                datelineLine = i;
                lines.keep(i, text);
            } else if (top && page.isEmpty() && p.length() < 60 && PAGE.matcher(p).matches()) {
                Matcher pm = PAGE.matcher(p);
                pm.matches();
                // "第6版()": the empty brackets would hold the page's section name; keep a name if given
                page = pm.group(2) == null || pm.group(2).isEmpty()
                        ? "第" + pm.group(1) + "版" : "第" + pm.group(1) + "版(" + pm.group(2) + ")";
                pageNumber = pm.group(1);
                pageLine = i;
                lines.keep(i, page);
            } else if (top && column.isEmpty() && p.startsWith("专栏")) {
                column = text;
                lines.keep(i, text.substring(2).replaceFirst("^[:：\\s]+", "")); // the label alone keeps nothing
            } else {
                chinese.add(new Paragraph(text, i));
                lines.keep(i, text);
            }
        }
        return new Original(seen, title, dateline, datelineLine, page, pageNumber, pageLine, column, chinese,
                glossary);
    }

    /** Checks the raw parts against each other: title, date and page, each from the header or else the original. */
    private static Article article(SeedText seed, Header header, Translation english, Original original,
                                   SeedReading out, DocumentLines lines) {
        Optional<HistoricalDate> date = Optional.empty();
        int dateLine = 0;
        String unreadDate = "";
        if (header.fields().containsKey("date")) {
            DateText.Reading r = headerDate(header, out);
            lines.keep(header.line("date"), r.ok() ? r.date().get().label() : header.value("date"));
            if (r.ok()) {
                date = r.date();
                dateLine = header.line("date");
            } else {
                unreadDate = header.value("date");
            }
        }
        if (!original.dateline().isEmpty()) {
            DateText.Reading r = DateText.parse(original.dateline().replaceAll("[年月]", "-").replace("日", ""));
            if (date.isEmpty() && r.ok()) {
                date = r.date();
                dateLine = original.datelineLine();
            } else if (date.isPresent() && r.ok() && !date.equals(r.date())) {
                out.warning(original.datelineLine(), "date differs: header says " + date.get().iso()
                        + ", original says " + original.dateline());
            }
        }
        String title = header.value("title");
        int titleLine = header.line("title");
        if (title.isEmpty()) {
            if (!original.title().isEmpty()) {
                title = original.title();
                out.warning(titleLine > 0 ? titleLine : 1, "no English title ('Title:'): the original title is used");
            } else {
                title = "Untitled article";
                out.warning(titleLine > 0 ? titleLine : 1, "no title: neither 'Title:' nor '### title' was found");
            }
        }
        if (!unreadDate.isEmpty()) {
            // the date as printed stays visible, so nothing of the header is lost
            title = title + " (" + unreadDate + ")";
        }
        String page = header.value("page");
        int pageLine = header.line("page");
        if (!original.pageNumber().isEmpty()) {
            if (page.isEmpty()) {
                page = original.pageNumber();
                pageLine = original.pageLine();
            } else if (!page.equals(original.pageNumber())) {
                out.warning(original.pageLine(), "page differs: header says 'Page: " + page + "', original says '"
                        + seed.plain(original.pageLine()) + "'");
            }
        }
        if (date.isEmpty() && dateLine == 0 && out.problems().stream().noneMatch(Problem::isError)) {
            out.warning(1, "no date: neither 'Date:' nor a date line in the original was found");
        }
        List<Paragraph> paragraphs = english.paragraphs();
        if (paragraphs.isEmpty()) {
            out.warning(1, "no English text before '<hr />' / 'Original:'");
        }
        if (!original.seen() && original.paragraphs().isEmpty()) {
            out.warning(seed.lastNonBlank(), "no original text: '<hr />' and 'Original:' are missing");
        }
        return new Article(title, date, dateLine, page, pageLine,
                !paragraphs.isEmpty() || !original.paragraphs().isEmpty());
    }

    /** The header's date read, with an error on its line when it cannot be read. */
    private static DateText.Reading headerDate(Header header, SeedReading out) {
        String value = header.value("date");
        int line = header.line("date");
        DateText.Reading r = DateText.parse(value);
        if (r.ok()) {
            return r;
        }
        if (r.dateShaped()) {
            out.error(line, DateText.complaint(r));
        } else if (!value.isEmpty()) {
            out.error(line, "'Date:' is not a date: '" + SeedText.excerpt(value, 40) + "'; write it as 1957-11-23");
        }
        return r;
    }

    /** {@code peoples-daily-1957-11-23-p6}; the longer choices add the title's first words, then all of it. */
    static IdPlan idPlan(Optional<HistoricalDate> date, String page, String title, int line) {
        String when = date.map(HistoricalDate::iso).orElse("undated");
        String pageSlug = IdSlug.slug(page, 0);
        String where = pageSlug.isEmpty() ? "" : "p" + pageSlug;
        DocumentId base = IdSlug.id(SOURCE.id(), when, where);
        return IdPlan.titled("article of " + when + (where.isEmpty() ? "" : " page " + page), line, base,
                IdSlug.id(SOURCE.id(), when, where, IdSlug.slug(title, SUFFIX_WORDS)),
                IdSlug.id(SOURCE.id(), when, where, IdSlug.slug(title, 0)));
    }

    private static Matcher header(String plain) {
        if (plain.length() > 100_000) {
            return null;
        }
        Matcher m = HEADER.matcher(plain);
        return m.matches() ? m : null;
    }

    private static boolean isRule(String plain) {
        return plain.length() < 20 && plain.startsWith("<") && RULE.matcher(plain).matches();
    }

    private static boolean isGlossaryHeading(String plain) {
        return plain.length() < 40 && GLOSSARY_HEADING.matcher(plain).matches();
    }

    private static boolean isOriginalLabel(String plain) {
        return plain.length() < 400 && plain.regionMatches(true, 0, "original", 0, 8)
                && ORIGINAL.matcher(plain).matches();
    }

    private static String valueAfterColon(String text) {
        int colon = text.indexOf(':');
        int wide = text.indexOf('：');
        int at = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
        return at < 0 ? text : text.substring(at + 1);
    }
}
