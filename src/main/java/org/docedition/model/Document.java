package org.docedition.model;

import java.util.List;
import java.util.Optional;

/**
 * One document of the edition, as read from a seed.
 *
 * <p>An entry whose text is not in its source (the collection lists a speech printed elsewhere)
 * is a document with {@code textInSource == false} and no paragraphs: listed, never dressed up.
 *
 * @param id           stable id derived from the source's own identifiers
 * @param kind         the kind of source
 * @param source       the publication the document belongs to
 * @param title        the title (translation)
 * @param date         the date, as precise as the source, if it has one
 * @param number       the source's own document number ({@code 72}), if it has one
 * @param numberMark   a mark printed beside the number ({@code *} in {@code 73.*}), or empty
 * @param author       author as given, or empty
 * @param page         newspaper page, or empty
 * @param printed      printed-source citation (book, pages), if given
 * @param archive      archive citation, if given
 * @param paragraphs   the text (translation)
 * @param original     the original-language text, if the seed carries it
 * @param footnotes    editorial footnotes
 * @param textInSource false for an entry whose text this source does not hold
 * @param location     the seed file and lines it came from
 * @param glossary     names as the original prints them, with the source's renderings; usually empty
 * @param corrections  the editors' corrections, in field and text order; the fields above hold the
 *                     corrected reading, each correction says what was printed instead
 */
public record Document(
        DocumentId id,
        Kind kind,
        Source source,
        String title,
        Optional<HistoricalDate> date,
        Optional<String> number,
        String numberMark,
        String author,
        String page,
        Optional<PrintedSource> printed,
        Optional<ArchiveCitation> archive,
        List<Paragraph> paragraphs,
        Optional<OriginalText> original,
        List<Footnote> footnotes,
        boolean textInSource,
        SourceLocation location,
        List<GlossaryEntry> glossary,
        List<Correction> corrections) implements java.io.Serializable {

    public Document {
        if (id == null || kind == null || source == null || location == null) {
            throw new IllegalArgumentException("id, kind, source and location are required");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank (" + location + ")");
        }
        numberMark = numberMark == null ? "" : numberMark;
        author = author == null ? "" : author;
        page = page == null ? "" : page;
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** A document as read from its seed, before any editorial correction. */
    public Document(DocumentId id, Kind kind, Source source, String title, Optional<HistoricalDate> date,
                    Optional<String> number, String numberMark, String author, String page,
                    Optional<PrintedSource> printed, Optional<ArchiveCitation> archive, List<Paragraph> paragraphs,
                    Optional<OriginalText> original, List<Footnote> footnotes, boolean textInSource,
                    SourceLocation location, List<GlossaryEntry> glossary) {
        this(id, kind, source, title, date, number, numberMark, author, page, printed, archive, paragraphs, original,
                footnotes, textInSource, location, glossary, List.of());
    }

    /** The corrections standing in {@code field} at seed line {@code line} (0 for the title or printed source). */
    public List<Correction> correctionsIn(Correction.Field field, int line) {
        if (corrections.isEmpty()) {
            return List.of();
        }
        return corrections.stream().filter(c -> c.standsIn(field, line)).toList();
    }

    /** A document without a glossary: most sources print none. */
    public Document(DocumentId id, Kind kind, Source source, String title, Optional<HistoricalDate> date,
                    Optional<String> number, String numberMark, String author, String page,
                    Optional<PrintedSource> printed, Optional<ArchiveCitation> archive, List<Paragraph> paragraphs,
                    Optional<OriginalText> original, List<Footnote> footnotes, boolean textInSource,
                    SourceLocation location) {
        this(id, kind, source, title, date, number, numberMark, author, page, printed, archive, paragraphs, original,
                footnotes, textInSource, location, List.of(), List.of());
    }

    /**
     * The id's hash: documents equal in every part have equal ids, so this agrees with
     * {@link #equals}, and within an edition ids are unique. The record's own hash walked every
     * paragraph and footnote on each call, and documents are keys of the maps in which builds
     * remember what they read of them.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** "Doc. 72" for a numbered document, otherwise empty. */
    public String numberLabel() {
        return number.map(n -> "Doc. " + n).orElse("");
    }
}
