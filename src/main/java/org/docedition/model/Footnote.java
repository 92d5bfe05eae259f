package org.docedition.model;

/**
 * An editorial footnote.
 *
 * @param ordinal its number in the document, from 1 ({@code *} is 1, {@code **} is 2, {@code 6 *} is 6)
 * @param marker  the marker as printed ({@code ***}, {@code 6 *})
 * @param text    the note's text
 * @param line    the seed line it stands on
 */
public record Footnote(int ordinal, String marker, String text, int line) implements java.io.Serializable {

    public Footnote {
        if (ordinal < 1) {
            throw new IllegalArgumentException("footnote ordinal must be positive: " + ordinal);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("footnote text must not be blank");
        }
    }
}
