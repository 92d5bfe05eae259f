package org.docedition.model;

/**
 * An editorial correction of one stretch of a document's text: what the source prints, what the
 * editors read instead, and why. TEI writes the same thing as
 * {@code <choice><sic>printed</sic><corr>corrected</corr></choice>}.
 *
 * <p>The document's fields hold the corrected reading, so every page, citation and export uses it;
 * a correction records where it stands in that reading ({@link #at()} in the field's corrected
 * text) so that the printed form can be shown beside it. An empty {@code corrected} is a deletion
 * (a row the source repeats by mistake).
 *
 * @param field     the text the correction stands in
 * @param fieldLine the seed line of that paragraph, footnote or archive row (0 for the title and the printed source)
 * @param at        where the corrected reading starts in the field's corrected text
 * @param printed   the text as printed, never empty
 * @param corrected the editors' reading, possibly empty
 * @param note      why, with the reference work it rests on, or empty
 * @param seedLine  the seed line the printed text stands on
 */
public record Correction(Field field, int fieldLine, int at, String printed, String corrected, String note,
                         int seedLine) implements java.io.Serializable {

    /** The texts of a document a correction can stand in. */
    public enum Field { TITLE, PRINTED_SOURCE, ARCHIVE, PARAGRAPH, FOOTNOTE }

    public Correction {
        if (field == null || printed == null || printed.isEmpty() || corrected == null) {
            throw new IllegalArgumentException("a correction needs a field, a printed text and a reading");
        }
        if (at < 0) {
            throw new IllegalArgumentException("bad position " + at);
        }
        note = note == null ? "" : note;
    }

    /** Where the corrected reading ends in the field's corrected text. */
    public int end() {
        return at + corrected.length();
    }

    /** Whether this correction stands in {@code field} at {@code line} ({@code 0} for the title or printed source). */
    public boolean standsIn(Field field, int line) {
        return this.field == field && fieldLine == line;
    }
}
