package org.docedition.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.Kind;
import org.docedition.model.Source;

/**
 * Reads a page of the printed collection "Soviet-Chinese relations. 1952-1955: Collection of
 * documents" (2015) as published online: site chrome, then documents, each a heading ending in
 * its date, an optional {@code A source:} line, an archive line, the number line ({@code 72.}),
 * the text and asterisk footnotes.
 *
 * <p>The page is read in two passes. The first classifies lines: site chrome (the site name,
 * navigation, the collection's title and year lines), and document headings. A heading-shaped
 * line counts as a heading when a non-breaking space sets off its date (how this site sets
 * headings) or when document structure follows it (a source, archive or number line, another
 * heading, the end of the file). The second pass cuts the page into blocks at the headings and
 * hands each block to {@link CollectionBlockReader}.
 *
 * <p>Tolerated: text before the first heading that is not chrome (the page begins in the middle
 * of a document) is kept, as the numbered document it continues when its number line is there,
 * otherwise as an untitled fragment entry, with a warning; a citation and number line without a
 * heading start a document of their own (warning); a heading wrapped onto two lines is joined
 * (warning).
 */
final class CollectionReader implements SeedReader {

    /** The printed collection these pages reproduce. */
    static final Source SOURCE = new Source("sscr-1952-1955",
            "Soviet-Chinese relations. 1952-1955: Collection of documents", Kind.COLLECTION);

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,5})\\s*\\.\\s*(\\*{0,5})");
    private static final Pattern SOURCE_PREFIX = Pattern.compile("(?:a\\s+)?source\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARCHIVE_PREFIX = Pattern.compile("archive\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern YEAR_LINE = Pattern.compile("\\d{4}");
    private static final String SITE_NAME = "soviet china relationship";
    private static final String COLLECTION_LINE = "soviet-chinese relations. 1952-1955";
    /** How many lines after a heading may stand before its number line (source, archive lines). */
    static final int HEAD_LINES = 4;

    @Override
    public String format() {
        return "collection page";
    }

    @Override
    public String shape() {
        return "collection page: headings ending in a date, 'Archive:' lines, numbered documents ('72.'), footnotes";
    }

    @Override
    public boolean recognises(SeedText seed) {
        boolean number = false;
        boolean citation = false;
        int headings = 0;
        for (int i = seed.nextNonBlank(0); i <= seed.size(); i = seed.nextNonBlank(i)) {
            String p = seed.plain(i);
            if (p.toLowerCase(Locale.ROOT).equals(SITE_NAME)) {
                return true;
            }
            number |= isNumberLine(p);
            citation |= isSourceLine(p) || isArchiveLine(p);
            Optional<CollectionHeading> h = headingShape(p, seed.line(i));
            if (h.isPresent() && h.get().nbspSeparated() && h.get().endsSentence()) {
                headings++;
            }
        }
        return number && (citation || headings > 0) || headings >= 2;
    }

    @Override
    public SeedReading read(SeedText seed) {
        SeedReading out = new SeedReading(seed);
        int n = seed.size();
        boolean[] chrome = new boolean[n + 2];
        CollectionHeading[] candidates = new CollectionHeading[n + 2];
        for (int i = seed.nextNonBlank(0); i <= n; i = seed.nextNonBlank(i)) {
            String p = seed.plain(i);
            if (isSiteChrome(p)) {
                chrome[i] = true;
            } else {
                candidates[i] = headingShape(p, seed.line(i)).filter(CollectionHeading::candidate).orElse(null);
            }
        }
        CollectionHeading[] headings = new CollectionHeading[n + 2];
        int firstHeading = n + 1;
        for (int i = seed.nextNonBlank(0); i <= n; i = seed.nextNonBlank(i)) {
            if (candidates[i] != null && (candidates[i].nbspSeparated() || structureFollows(seed, i, chrome, candidates))) {
                headings[i] = candidates[i];
                firstHeading = Math.min(firstHeading, i);
            }
        }
        // a year on a line of its own is the site's section label when it stands above a heading
        for (int i = seed.nextNonBlank(0); i <= n; i = seed.nextNonBlank(i)) {
            if (!chrome[i] && headings[i] == null && YEAR_LINE.matcher(seed.plain(i)).matches()) {
                int next = nextText(seed, i, chrome);
                if (i < firstHeading || next <= n && candidates[next] != null) {
                    chrome[i] = true;
                }
            }
        }
        for (int i = 1; i <= n; i++) {
            if (chrome[i]) {
                out.chrome(i);
            }
        }

        List<CollectionBlockReader.Block> blocks = new ArrayList<>();
        CollectionBlockReader.Block current = new CollectionBlockReader.Block(0, null);
        boolean numberSeen = false;
        int sinceStart = 0;
        for (int i = seed.nextNonBlank(0); i <= n; i = seed.nextNonBlank(i)) {
            if (chrome[i]) {
                continue;
            }
            String p = seed.plain(i);
            if (headings[i] != null) {
                blocks.add(current);
                current = new CollectionBlockReader.Block(i, headings[i]);
                int prev = i - 1;
                if (wrapsOnto(seed, prev, chrome) && blocksLast(blocks) == prev) {
                    blocks.get(blocks.size() - 1).lines().remove(Integer.valueOf(prev));
                    current.wrapped().add(prev);
                    out.warning(prev, "heading wraps over lines " + prev + "-" + i + "; read as one heading");
                }
                numberSeen = false;
                sinceStart = 0;
                continue;
            }
            boolean citationStart = (isSourceLine(p) || isArchiveLine(p)) && numberAhead(seed, i, chrome, headings);
            if (citationStart && (numberSeen || current.headingLine() == 0 || sinceStart >= HEAD_LINES)) {
                // a citation and a number line with no heading above: a document whose heading is missing
                blocks.add(current);
                current = new CollectionBlockReader.Block(0, null);
                numberSeen = false;
                sinceStart = 0;
            }
            current.lines().add(i);
            sinceStart++;
            numberSeen |= isNumberLine(p);
        }
        blocks.add(current);

        CollectionBlockReader reader = new CollectionBlockReader(seed, out);
        List<CollectionBlockReader.Block> real = blocks.stream()
                .filter(b -> b.headingLine() > 0 || !b.lines().isEmpty()).toList();
        for (int b = 0; b < real.size(); b++) {
            reader.read(real.get(b), b == 0, b == real.size() - 1);
        }
        return out;
    }

    private static int blocksLast(List<CollectionBlockReader.Block> blocks) {
        if (blocks.isEmpty()) {
            return -1;
        }
        List<Integer> lines = blocks.get(blocks.size() - 1).lines();
        return lines.isEmpty() ? -1 : lines.get(lines.size() - 1);
    }

    /**
     * Whether line {@code prev}, directly above a heading, is the heading's first half: it stands
     * apart from the text above it, is long and does not end a sentence.
     */
    private static boolean wrapsOnto(SeedText seed, int prev, boolean[] chrome) {
        if (prev < 1 || seed.isBlank(prev) || chrome[prev]) {
            return false;
        }
        String p = seed.plain(prev);
        if (p.length() < 40 || p.length() > 400 || isNumberLine(p) || isSourceLine(p) || isArchiveLine(p)
                || FootnoteMarker.parse(p).isPresent()) {
            return false;
        }
        char last = p.charAt(p.length() - 1);
        boolean above = prev == 1 || seed.isBlank(prev - 1) || chrome[prev - 1];
        return ".!?:;\"”)]*".indexOf(last) < 0 && above;
    }

    /** Whether a source, archive or number line, another heading or the end of the file follows line {@code i}. */
    private static boolean structureFollows(SeedText seed, int i, boolean[] chrome, CollectionHeading[] candidates) {
        int j = nextText(seed, i, chrome);
        if (j > seed.size() || candidates[j] != null) {
            return true;
        }
        for (int k = 0; k < HEAD_LINES && j <= seed.size(); k++, j = nextText(seed, j, chrome)) {
            String p = seed.plain(j);
            if (isNumberLine(p)) {
                return true;
            }
            if (!isSourceLine(p) && !isArchiveLine(p) && k > 0 || candidates[j] != null) {
                return false;
            }
            if (k == 0 && (isSourceLine(p) || isArchiveLine(p))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a number line follows line {@code i} within the few lines a citation block takes. */
    private static boolean numberAhead(SeedText seed, int i, boolean[] chrome, CollectionHeading[] headings) {
        int j = nextText(seed, i, chrome);
        for (int k = 0; k < HEAD_LINES - 1 && j <= seed.size() && headings[j] == null; k++, j = nextText(seed, j, chrome)) {
            if (isNumberLine(seed.plain(j))) {
                return true;
            }
        }
        return false;
    }

    private static int nextText(SeedText seed, int i, boolean[] chrome) {
        int j = seed.nextNonBlank(i);
        while (j <= seed.size() && chrome[j]) {
            j = seed.nextNonBlank(j);
        }
        return j;
    }

    private static Optional<CollectionHeading> headingShape(String plain, String line) {
        if (plain.isEmpty() || plain.charAt(0) == '*' || isSourceLine(plain) || isArchiveLine(plain)
                || isNumberLine(plain) || FootnoteMarker.parse(plain).isPresent()) {
            return Optional.empty();
        }
        return CollectionHeading.parse(line);
    }

    /** The site's name, its navigation bar and the collection's title line. */
    static boolean isSiteChrome(String plain) {
        if (plain.length() > 200) {
            return false;
        }
        String lower = SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (lower.equals(SITE_NAME) || lower.equals(COLLECTION_LINE) || lower.equals(COLLECTION_LINE + ".")) {
            return true;
        }
        if (lower.indexOf('|') < 0) {
            return false;
        }
        String[] parts = lower.split("\\|");
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            String t = part.strip();
            if (t.length() > 25 || t.split(" ").length > 3) {
                return false;
            }
        }
        return true;
    }

    static boolean isNumberLine(String plain) {
        return plain.length() <= 14 && NUMBER.matcher(plain).matches();
    }

    /** The number and its mark ({@code 73.*} gives 73 and {@code *}) of a number line. */
    static String[] number(String plain) {
        Matcher m = NUMBER.matcher(plain);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a number line: " + plain);
        }
        return new String[] {String.valueOf(Integer.parseInt(m.group(1))), m.group(2)};
    }

    static boolean isSourceLine(String plain) {
        return SOURCE_PREFIX.matcher(plain).lookingAt();
    }

    static boolean isArchiveLine(String plain) {
        return ARCHIVE_PREFIX.matcher(plain).lookingAt();
    }

    /** The text after the first colon of {@code text}. */
    static String afterPrefix(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? text : SeedText.trim(text.substring(colon + 1));
    }
}
