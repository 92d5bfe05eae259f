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

    void read(Block block, boolean firstOnPage, boolean lastOnPage) {
        DocumentLines lines = new DocumentLines();
        List<Integer> body = block.lines();

        int numberAt = -1;
        int headLimit = Math.min(CollectionReader.HEAD_LINES, body.size());
        for (int k = 0; k < headLimit; k++) {
            if (CollectionReader.isNumberLine(seed.plain(body.get(k)))) {
                numberAt = k;
                break;
            }
        }
        int headEnd = numberAt;
        if (headEnd < 0) {
            headEnd = 0;
            while (headEnd < body.size() && (CollectionReader.isSourceLine(seed.plain(body.get(headEnd)))
                    || CollectionReader.isArchiveLine(seed.plain(body.get(headEnd))))) {
                headEnd++;
            }
        }

        // citations
        Optional<PrintedSource> printed = Optional.empty();
        StringBuilder archive = new StringBuilder();
        int archiveLine = 0;
        for (int k = 0; k < headEnd; k++) {
            int line = body.get(k);
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

        // number
        Optional<String> number = Optional.empty();
        String mark = "";
        int numberLine = 0;
        int textStart = headEnd;
        if (numberAt >= 0) {
            numberLine = body.get(numberAt);
            String[] parts = CollectionReader.number(seed.plain(numberLine));
            number = Optional.of(parts[0]);
            mark = parts[1];
            lines.keep(numberLine, parts[0]);
            textStart = numberAt + 1;
        }

        // text and footnotes
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Footnote> notes = new ArrayList<>();
        NoteBuilder note = null;
        for (int k = textStart; k < body.size(); k++) {
            int line = body.get(k);
            String text = seed.text(line);
            Optional<FootnoteMarker> marker = FootnoteMarker.parse(text);
            if (marker.isPresent() && !marker.get().text().isEmpty()) {
                if (note != null) {
                    notes.add(note.build());
                }
                int ordinal = marker.get().ordinal();
                int previous = notes.isEmpty() ? 0 : notes.get(notes.size() - 1).ordinal();
                if (ordinal <= previous) {
                    out.warning(line, "footnote marker '" + marker.get().marker() + "' repeats note " + ordinal
                            + " (or goes back); read as note " + (previous + 1));
                    ordinal = previous + 1;
                } else if (ordinal > previous + 1) {
                    out.warning(line, "footnote marker '" + marker.get().marker() + "' is note " + ordinal
                            + " but note " + (previous + 1) + " is missing");
                }
                note = new NoteBuilder(ordinal, marker.get().marker(), marker.get().text(), line);
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

        // the heading and what kind of entry this is
        CollectionHeading heading = block.heading();
        Optional<HistoricalDate> date = Optional.empty();
        String title;
        int first;
        if (heading != null) {
            first = block.wrapped().isEmpty() ? block.headingLine() : block.wrapped().get(0);
            StringBuilder t = new StringBuilder();
            for (int w : block.wrapped()) {
                t.append(seed.text(w)).append(' ');
                lines.keep(w, seed.text(w));
            }
            title = t.append(heading.title()).toString();
            if (heading.date().ok()) {
                date = heading.date().date();
                lines.keep(block.headingLine(), heading.title(), date.get().label());
            } else {
                lines.keep(block.headingLine(), heading.title());
                if (heading.date().status() == DateText.Status.INVALID) {
                    out.error(block.headingLine(), DateText.complaint(heading.date()));
                } else {
                    out.warning(block.headingLine(), DateText.complaint(heading.date()));
                }
            }
        } else {
            first = body.isEmpty() ? 1 : body.get(0);
            title = number.map(nr -> "Document " + nr + " (heading not in this seed)")
                    .orElse("Untitled fragment (the page begins in the middle of a document)");
        }
        int last = Math.max(first, lines.last());

        boolean hasText = !paragraphs.isEmpty();
        String label = number.map(nr -> "document " + nr).orElse("heading");
        if (heading == null) {
            String what = number.map(nr -> "document " + nr + " has no heading")
                    .orElse(firstOnPage ? "page begins in the middle of a document" : "text without a heading");
            out.warning(first, what + ": lines " + first + "-" + last + " kept as entry '"
                    + SeedText.excerpt(title, 60) + "'");
        } else if (!hasText && lastOnPage) {
            out.warning(block.headingLine(), "heading cut off at end of file: the page ends before "
                    + (number.isPresent() ? label + "'s text" : "its number and text")
                    + "; listed as an entry without text");
        } else if (!hasText && number.isPresent()) {
            out.warning(numberLine, "document " + number.get() + " has a number but no text");
        } else if (!hasText && (printed.isPresent() || archive.length() > 0)) {
            out.warning(block.headingLine(), "heading has a citation but no number and no text;"
                    + " listed as an entry without text");
        } else if (hasText && number.isEmpty()) {
            out.warning(block.headingLine(), "document has no number line ('72.') under its heading");
        }
        if (!notes.isEmpty() && !hasText) {
            out.warning(notes.get(0).line(), "footnotes without any text above them");
        }

        IdPlan plan = idPlan(number, numberLine, date, title, heading != null, first, body);
        Optional<ArchiveCitation> citation = archive.length() == 0 ? Optional.empty()
                : Optional.of(new ArchiveCitation(archive.toString(), archiveLine));
        Document doc = new Document(plan.first(), Kind.COLLECTION, CollectionReader.SOURCE, title, date, number,
                mark, "", "", printed, citation, paragraphs, Optional.empty(), notes, hasText,
                new SourceLocation(seed.file(), first, last));
        out.add(doc, plan, lines);
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
