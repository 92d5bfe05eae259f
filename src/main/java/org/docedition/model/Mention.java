package org.docedition.model;

/**
 * A person or place named in a document: the first place the name stands and how often it is named.
 *
 * @param personId      the person's or place's id
 * @param document      the document
 * @param asPrinted     the name as printed at its first occurrence
 * @param line          the seed line of the first occurrence
 * @param count         how many times the document names the person or place
 * @param sentence      the sentence of the first occurrence, or empty
 */
public record Mention(String personId, DocumentId document, String asPrinted, int line, int count, String sentence) implements java.io.Serializable {

    public Mention {
        sentence = sentence == null ? "" : sentence;
    }

    /** A mention without its sentence. */
    public Mention(String personId, DocumentId document, String asPrinted, int line, int count) {
        this(personId, document, asPrinted, line, count, "");
    }

    /** This mention counted once more. */
    public Mention again() {
        return new Mention(personId, document, asPrinted, line, count + 1, sentence);
    }
}
