package org.docedition.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
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
 *
 * <p>Tolerated: header lines missing or in any order, blank lines anywhere, trailing spaces after
 * prefixes, no {@code <hr />} or no {@code Original:} label (either one marks the original), no
 * original at all (a warning). A {@code Date:} that cannot be read is an error; the date as
 * printed is then kept after the title in brackets. Id: {@code peoples-daily-<date>-p<page>}; when two articles share
 * date and page the {@link SeedIngester} adds a slug of the title's first words.
 */
final class NewspaperReader implements SeedReader {

    /**
     * The newspaper. The Chinese originals in these seeds are pages of People's Daily (人民日报):
     * the {@code 第N版} page and {@code 专栏} column lines are the layout of its digitised archive.
     */
    static final Source SOURCE = new Source("peoples-daily", "People's Daily (人民日报)", Kind.NEWSPAPER);
    static final String LANGUAGE = "zh-Hans";

    private static final Pattern HEADER = Pattern.compile("(title|author|date|page)\\s*[:：]\\s*(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE = Pattern.compile("<\\s*hr\\s*/?\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL = Pattern.compile("original\\s*[:：]\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE_DATE = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern PAGE = Pattern.compile("第\\s*(\\S{1,6}?)\\s*版\\s*(?:[(（]\\s*(.*?)\\s*[)）])?");
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
        String title = "";
        int titleLine = 0;
        String author = "";
        String page = "";
        int pageLine = 0;
        Optional<HistoricalDate> date = Optional.empty();
        int dateLine = 0;
        String unreadDate = "";

        Set<String> keys = new HashSet<>();
        List<Paragraph> english = new ArrayList<>();
        int i = seed.nextNonBlank(0);
        // the header: Key: value lines at the top, blank lines between them allowed
        while (i <= seed.size()) {
            Matcher m = header(seed.plain(i));
            if (m == null) {
                break;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = SeedText.trim(valueAfterColon(seed.text(i)));
            if (!keys.add(key)) {
                // the first one counts; a repeat is kept as text so nothing printed is lost
                out.warning(i, "repeated '" + m.group(1) + ":' header line; the first one is used, this one kept as text");
                english.add(new Paragraph(seed.text(i), i));
                lines.keep(i, seed.text(i));
                i = seed.nextNonBlank(i);
                continue;
            }
            switch (key) {
                case "title" -> {
                    title = value;
                    titleLine = i;
                    lines.keep(i, value);
                }
                case "author" -> {
                    author = value;
                    lines.keep(i, value);
                }
                case "page" -> {
                    page = value;
                    pageLine = i;
                    lines.keep(i, value);
                }
                default -> {
                    DateText.Reading r = DateText.parse(value);
                    if (r.ok()) {
                        date = r.date();
                        dateLine = i;
                        lines.keep(i, r.date().get().label());
                    } else {
                        lines.keep(i, value);
                        unreadDate = value;
                        if (r.dateShaped()) {
                            out.error(i, DateText.complaint(r));
                        } else if (!value.isEmpty()) {
                            out.error(i, "'Date:' is not a date: '" + SeedText.excerpt(value, 40)
                                    + "'; write it as 1957-11-23");
                        }
                    }
                }
            }
            i = seed.nextNonBlank(i);
        }

        // the English text, up to the rule or the Original: label
        while (i <= seed.size() && !isRule(seed.plain(i)) && !isOriginalLabel(seed.plain(i))) {
            english.add(new Paragraph(seed.text(i), i));
            lines.keep(i, seed.text(i));
            i = seed.nextNonBlank(i);
        }

        // the original: markup and label lines are page chrome
        String originalTitle = "";
        String dateline = "";
        String originalPage = "";
        String column = "";
        int originalDateLine = 0;
        List<Paragraph> chinese = new ArrayList<>();
        boolean originalSeen = false;
        for (; i <= seed.size(); i = seed.nextNonBlank(i)) {
            String p = seed.plain(i);
            String text = seed.text(i);
            if (isRule(p) && chinese.isEmpty()) {
                out.chrome(i);
                originalSeen = true;
                continue;
            }
            Matcher label = ORIGINAL.matcher(p);
            if (chinese.isEmpty() && p.length() < 400 && label.matches()) {
                originalSeen = true;
                if (label.group(1).isEmpty()) {
                    out.chrome(i);
                    continue;
                }
                text = SeedText.trim(valueAfterColon(text)); // "Original: ### title" on one line
            }
            if (text.startsWith("#") && originalTitle.isEmpty() && chinese.isEmpty()) {
                originalTitle = SeedText.trim(text.replaceFirst("^#+", ""));
                lines.keep(i, originalTitle);
                continue;
            }
            if (chinese.isEmpty() && dateline.isEmpty()
                    && (ISO_DATE.matcher(p).matches() || CHINESE_DATE.matcher(p).matches())) {
                dateline = text;
                originalDateLine = i;
                lines.keep(i, text);
                continue;
            }
            Matcher pm = PAGE.matcher(p);
            if (chinese.isEmpty() && originalPage.isEmpty() && p.length() < 60 && pm.matches()) {
                // "第6版()": the empty brackets would hold the page's section name; keep a name if given
                originalPage = pm.group(2) == null || pm.group(2).isEmpty()
                        ? "第" + pm.group(1) + "版" : "第" + pm.group(1) + "版(" + pm.group(2) + ")";
                lines.keep(i, originalPage);
                if (page.isEmpty()) {
                    page = pm.group(1);
                    pageLine = i;
                } else if (!page.equals(pm.group(1))) {
                    out.warning(i, "page differs: header says 'Page: " + page + "', original says '" + p + "'");
                }
                continue;
            }
            if (chinese.isEmpty() && column.isEmpty() && p.startsWith("专栏")) {
                column = text;
                String value = text.substring(2).replaceFirst("^[:：\\s]+", "");
                lines.keep(i, value); // the label alone ("专栏：") keeps nothing to check
                continue;
            }
            chinese.add(new Paragraph(text, i));
            lines.keep(i, text);
        }

        if (!dateline.isEmpty()) {
            DateText.Reading r = DateText.parse(dateline.replaceAll("[年月]", "-").replace("日", ""));
            if (date.isEmpty() && r.ok()) {
                date = r.date();
                dateLine = originalDateLine;
            } else if (date.isPresent() && r.ok() && !date.equals(r.date())) {
                out.warning(originalDateLine, "date differs: header says " + date.get().iso()
                        + ", original says " + dateline);
            }
        }
        if (title.isEmpty()) {
            if (!originalTitle.isEmpty()) {
                title = originalTitle;
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
        if (date.isEmpty() && dateLine == 0 && out.problems().stream().noneMatch(Problem::isError)) {
            out.warning(1, "no date: neither 'Date:' nor a date line in the original was found");
        }
        if (english.isEmpty()) {
            out.warning(1, "no English text before '<hr />' / 'Original:'");
        }
        if (!originalSeen && chinese.isEmpty()) {
            out.warning(seed.lastNonBlank(), "no original text: '<hr />' and 'Original:' are missing");
        }

        boolean noOriginal = originalTitle.isEmpty() && chinese.isEmpty() && dateline.isEmpty()
                && originalPage.isEmpty() && column.isEmpty();
        Optional<OriginalText> original = noOriginal
                ? Optional.empty()
                : Optional.of(new OriginalText(LANGUAGE, originalTitle, dateline, originalPage, column, chinese));
        int first = lines.isEmpty() ? seed.nextNonBlank(0) : lines.first();
        int last = Math.max(first, lines.isEmpty() ? seed.lastNonBlank() : lines.last());
        IdPlan plan = idPlan(date, page, title, pageLine > 0 ? pageLine : Math.max(dateLine, first));
        Document doc = new Document(plan.first(), Kind.NEWSPAPER, SOURCE, title, date, Optional.empty(), "",
                author, page, Optional.empty(), Optional.empty(), english, original, List.of(),
                !english.isEmpty() || !chinese.isEmpty(), new SourceLocation(seed.file(), first, last));
        out.add(doc, plan, lines);
        return out;
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
