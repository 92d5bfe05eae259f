package org.docedition.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.ArchiveCitation;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.Paragraph;
import org.docedition.model.PrintedSource;
import org.docedition.model.SourceLocation;

/**
 * Reads one block of a collection page (a heading and the lines up to the next heading) into a
 * document or an entry.
 *
 * <p>Lines between the heading and the number line are citations: {@code A source:} gives the
 * printed source; anything else is the archive citation, recognised by its position whether it
 * says {@code Archive:}, nothing, or carries a typo ({@code ews. 1954. 12 Oct.}). After the number
 * line each line is a paragraph until the first footnote marker; from there each marker starts a
 * note and unmarked lines continue the note above (a long note quoting a document runs over
 * several lines).
 *
 * <p>A heading with no number and no text becomes an entry whose text is not in this source: the
 * collection links such texts elsewhere, and the page's last heading may be cut off (a warning).
 * Footnote numbers come from the markers; a marker that repeats the previous number ({@code * *}
 * twice) is read as the next number, with a warning.
 */
final class CollectionBlockReader {

    /**
     * A heading (or none, for text before the first heading) and the non-blank lines under it.
     *
     * @param headingLine the heading's line, or 0
     * @param heading     the heading, or null
     * @param lines       the lines under it, in order (chrome excluded)
     * @param wrapped     lines above the heading that are its first half
     */
    record Block(int headingLine, CollectionHeading heading, List<Integer> lines, List<Integer> wrapped) {
        Block(int headingLine, CollectionHeading heading) {
            this(headingLine, heading, new ArrayList<>(), new ArrayList<>());
        }
    }

    private static final Pattern PAGES = Pattern.compile("\\bpp?\\.\\s*[0-9IVXLC]");
    private static final int STUB_WORDS = 5;
    private static final int FRAGMENT_WORDS = 6;

    private final SeedText seed;
    private final SeedReading out;

    CollectionBlockReader(SeedText seed, SeedReading out) {
        this.seed = seed;
        this.out = out;
    }

    /** The citations above the number line: the printed source and the archive citation. */
    private record Citations(Optional<PrintedSource> printed, Optional<ArchiveCitation> archive) {

        boolean any() {
            return printed.isPresent() || archive.isPresent();
        }
    }

    /** The number line: the number, a mark beside it, its line (0: none). */
    private record NumberLine(Optional<String> number, String mark, int line) {
    }

    /** The text under the number line and its footnotes. */
    private record Text(List<Paragraph> paragraphs, List<Footnote> notes) {
    }

    /** The heading read: the title (with its wrapped first half), date and the block's first line. */
    private record Heading(String title, Optional<HistoricalDate> date, int first) {
    }

    /** Reads {@code block} into a document or an entry: its raw parts first, then what they make. */
    void read(Block block, boolean firstOnPage, boolean lastOnPage) {
        DocumentLines lines = new DocumentLines();
        List<Integer> body = block.lines();
        int numberAt = numberLineIndex(body);
        int headEnd = numberAt >= 0 ? numberAt : citationsEnd(body);
        Citations citations = readCitations(body.subList(0, headEnd), lines);
        NumberLine number = numberAt < 0 ? new NumberLine(Optional.empty(), "", 0) : readNumber(body.get(numberAt), lines);
        Text text = readText(body.subList(numberAt >= 0 ? numberAt + 1 : headEnd, body.size()), lines);
        Heading heading = readHeading(block, number, lines);
        int last = Math.max(heading.first(), lines.last());
        warnAboutShape(block, citations, number, text, heading, last, firstOnPage, lastOnPage);

        boolean hasText = !text.paragraphs().isEmpty();
        IdPlan plan = idPlan(number.number(), number.line(), heading.date(), heading.title(), block.heading() != null,
                heading.first(), body);
        Document doc = new Document(plan.first(), Kind.COLLECTION, CollectionReader.SOURCE, heading.title(),
                heading.date(), number.number(), number.mark(), "", "", citations.printed(), citations.archive(),
                text.paragraphs(), Optional.empty(), text.notes(), hasText,
                new SourceLocation(seed.file(), heading.first(), last));
        out.add(doc, plan, lines);
    }

    /** Where the number line is among the first lines of {@code body}, or -1. */
    private int numberLineIndex(List<Integer> body) {
        int headLimit = Math.min(CollectionReader.HEAD_LINES, body.size());
        for (int k = 0; k < headLimit; k++) {
            if (CollectionReader.isNumberLine(seed.plain(body.get(k)))) {
                return k;
            }
        }
        return -1;
    }

    /** Without a number line, the citations are the prefixed source and archive lines at the top. */
    private int citationsEnd(List<Integer> body) {
        int end = 0;
        while (end < body.size() && (CollectionReader.isSourceLine(seed.plain(body.get(end)))
                || CollectionReader.isArchiveLine(seed.plain(body.get(end))))) {
            end++;
        }
        return end;
    }

    private Citations readCitations(List<Integer> head, DocumentLines lines) {
        Optional<PrintedSource> printed = Optional.empty();
        StringBuilder archive = new StringBuilder();
        int archiveLine = 0;
        for (int line : head) {
            String p = seed.plain(line);
            String text = seed.text(line);
            if (printed.isEmpty() && (CollectionReader.isSourceLine(p) || looksLikeBook(p))) {
                PrintedSource source = printedSource(CollectionReader.isSourceLine(p)
                        ? CollectionReader.afterPrefix(text) : text);
                if (source != null) {
                    printed = Optional.of(source);
                    lines.keep(line, source.title(), source.pages());
                    continue;
                }
            }
            String citation = CollectionReader.isArchiveLine(p) ? CollectionReader.afterPrefix(text) : text;
            if (citation.isEmpty()) {
                lines.keep(line);
                continue;
            }
            if (archive.length() > 0) {
                archive.append(' ');
            } else {
                archiveLine = line;
            }
            archive.append(citation);
            lines.keep(line, citation);
        }
        return new Citations(printed, archive.length() == 0 ? Optional.empty()
                : Optional.of(new ArchiveCitation(archive.toString(), archiveLine)));
    }

    private NumberLine readNumber(int line, DocumentLines lines) {
        String[] parts = CollectionReader.number(seed.plain(line));
        lines.keep(line, parts[0]);
        return new NumberLine(Optional.of(parts[0]), parts[1], line);
    }

    /** Paragraphs up to the first footnote marker; then each marker starts a note and other lines continue it. */
    private Text readText(List<Integer> textLines, DocumentLines lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Footnote> notes = new ArrayList<>();
        NoteBuilder note = null;
        for (int line : textLines) {
            String text = seed.text(line);
            Optional<FootnoteMarker> marker = FootnoteMarker.parse(text);
            if (marker.isPresent() && !marker.get().text().isEmpty()) {
                if (note != null) {
                    notes.add(note.build());
                }
                int previous = notes.isEmpty() ? 0 : notes.get(notes.size() - 1).ordinal();
                note = new NoteBuilder(ordinal(marker.get(), previous, line), marker.get().marker(),
                        marker.get().text(), line);
                lines.keep(line, marker.get().text());
            } else if (note != null) {
                note.add(text);
                lines.keep(line, text);
            } else {
                paragraphs.add(new Paragraph(text, line));
                lines.keep(line, text);
            }
        }
        if (note != null) {
            notes.add(note.build());
        }
        return new Text(paragraphs, notes);
    }

    /** The note number of {@code marker} after note {@code previous}: one that repeats or goes back is the next. */
    private int ordinal(FootnoteMarker marker, int previous, int line) {
        int ordinal = marker.ordinal();
        if (ordinal <= previous) {
            out.warning(line, "footnote marker '" + marker.marker() + "' repeats note " + ordinal
                    + " (or goes back); read as note " + (previous + 1));
            return previous + 1;
        }
        if (ordinal > previous + 1) {
            out.warning(line, "footnote marker '" + marker.marker() + "' is note " + ordinal
                    + " but note " + (previous + 1) + " is missing");
        }
        return ordinal;
    }

    private Heading readHeading(Block block, NumberLine number, DocumentLines lines) {
        CollectionHeading heading = block.heading();
        List<Integer> body = block.lines();
        if (heading == null) {
            String title = number.number().map(nr -> "Document " + nr + " (heading not in this seed)")
                    .orElse("Untitled fragment (the page begins in the middle of a document)");
            return new Heading(title, Optional.empty(), body.isEmpty() ? 1 : body.get(0));
        }
        int first = block.wrapped().isEmpty() ? block.headingLine() : block.wrapped().get(0);
        StringBuilder title = new StringBuilder();
        for (int w : block.wrapped()) {
            title.append(seed.text(w)).append(' ');
            lines.keep(w, seed.text(w));
        }
        title.append(heading.title());
        if (heading.date().ok()) {
            Optional<HistoricalDate> date = heading.date().date();
            lines.keep(block.headingLine(), heading.title(), date.get().label());
            return new Heading(title.toString(), date, first);
        }
        lines.keep(block.headingLine(), heading.title());
        if (heading.date().status() == DateText.Status.INVALID) {
            out.error(block.headingLine(), DateText.complaint(heading.date()));
        } else {
            out.warning(block.headingLine(), DateText.complaint(heading.date()));
        }
        return new Heading(title.toString(), Optional.empty(), first);
    }

    /** Says what kind of entry a block without a heading, a number or a text makes. */
    private void warnAboutShape(Block block, Citations citations, NumberLine number, Text text, Heading heading,
                                int last, boolean firstOnPage, boolean lastOnPage) {
        boolean hasText = !text.paragraphs().isEmpty();
        int first = heading.first();
        if (block.heading() == null) {
            String what = number.number().map(nr -> "document " + nr + " has no heading")
                    .orElse(firstOnPage ? "page begins in the middle of a document" : "text without a heading");
            out.warning(first, what + ": lines " + first + "-" + last + " kept as entry '"
                    + SeedText.excerpt(heading.title(), 60) + "'");
        } else if (!hasText && lastOnPage) {
            String label = number.number().map(nr -> "document " + nr).orElse("heading");
            out.warning(block.headingLine(), "heading cut off at end of file: the page ends before "
                    + (number.number().isPresent() ? label + "'s text" : "its number and text")
                    + "; listed as an entry without text");
        } else if (!hasText && number.number().isPresent()) {
            out.warning(number.line(), "document " + number.number().get() + " has a number but no text");
        } else if (!hasText && citations.any()) {
            out.warning(block.headingLine(), "heading has a citation but no number and no text;"
                    + " listed as an entry without text");
        } else if (hasText && number.number().isEmpty()) {
            out.warning(block.headingLine(), "document has no number line ('72.') under its heading");
        }
        if (!text.notes().isEmpty() && !hasText) {
            out.warning(text.notes().get(0).line(), "footnotes without any text above them");
        }
    }

    private IdPlan idPlan(Optional<String> number, int numberLine, Optional<HistoricalDate> date, String title,
                          boolean headed, int first, List<Integer> body) {
        String prefix = CollectionReader.SOURCE.id();
        if (number.isPresent()) {
            return IdPlan.numbered(IdSlug.id(prefix, "doc", number.get()), number.get(), numberLine);
        }
        if (!headed) {
            String opening = body.isEmpty() ? "" : seed.text(body.get(0));
            return IdPlan.titled("fragment", first,
                    IdSlug.id(prefix, "fragment", IdSlug.slug(opening, FRAGMENT_WORDS)),
                    IdSlug.id(prefix, "fragment", IdSlug.slug(opening, 0)));
        }
        String when = date.map(HistoricalDate::iso).orElse("undated");
        DocumentId shortId = IdSlug.id(prefix, when, slugOrFallback(title, STUB_WORDS));
        DocumentId longId = IdSlug.id(prefix, when, slugOrFallback(title, 0));
        return IdPlan.titled("entry '" + SeedText.excerpt(title, 60) + "'", first, shortId, longId);
    }

    private static String slugOrFallback(String title, int words) {
        String s = IdSlug.slug(title, words);
        return s.isEmpty() ? IdSlug.FALLBACK : s;
    }

    /** An unprefixed citation that names the printed collection ("... Collection of documents. 2015. p. 167"). */
    private static boolean looksLikeBook(String plain) {
        return plain.length() < 1000 && plain.toLowerCase(Locale.ROOT).contains("collection of documents")
                && PAGES.matcher(plain).find();
    }

    /** Splits "Soviet-Chinese relations. ... 2015. pp. 162-166" into book and pages. */
    private static PrintedSource printedSource(String text) {
        if (SeedText.isBlank(text)) {
            return null;
        }
        String bounded = text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        int offset = text.length() - bounded.length();
        Matcher m = PAGES.matcher(bounded);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        if (at < 0) {
            return new PrintedSource(text, "");
        }
        String book = SeedText.trim(text.substring(0, offset + at));
        while (book.endsWith(".") || book.endsWith(",")) {
            book = SeedText.trim(book.substring(0, book.length() - 1));
        }
        String pages = text.substring(offset + at);
        return book.isEmpty() ? new PrintedSource(text, "") : new PrintedSource(book, pages);
    }

    /** A footnote collecting its continuation lines. */
    private static final class NoteBuilder {
        private final int ordinal;
        private final String marker;
        private final StringBuilder text;
        private final int line;

        NoteBuilder(int ordinal, String marker, String text, int line) {
            this.ordinal = ordinal;
            this.marker = marker;
            this.text = new StringBuilder(text);
            this.line = line;
        }

        void add(String more) {
            // a blank line between the parts: renderers may split the note into paragraphs there
            text.append("\n\n").append(more);
        }

        Footnote build() {
            return new Footnote(ordinal, marker, text.toString(), line);
        }
    }
}
