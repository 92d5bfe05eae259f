package org.docedition.model;

/**
 * An editorial footnote that is a short biography: {@code Suslov M.A. - Member of the Politburo, ...}.
 *
 * @param nameAsPrinted the name before the dash, as printed
 * @param biography     the text after the dash
 * @param document      the document whose notes hold it
 * @param ordinal       the note's number in that document
 * @param line          the seed line it stands on
 */
public record PersonNote(String nameAsPrinted, String biography, DocumentId document, int ordinal, int line) implements java.io.Serializable {

    public PersonNote {
        if (nameAsPrinted == null || nameAsPrinted.isBlank() || biography == null || biography.isBlank()) {
            throw new IllegalArgumentException("a person note needs a name and a biography");
        }
        if (document == null) {
            throw new IllegalArgumentException("document is required");
        }
    }
}
