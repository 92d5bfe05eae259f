package org.docedition.model;

/**
 * One paragraph of a document's text.
 *
 * @param text the paragraph, without surrounding blanks
 * @param line the seed line it starts on
 */
public record Paragraph(String text, int line) implements java.io.Serializable {

    public Paragraph {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("paragraph must not be blank");
        }
    }
}
