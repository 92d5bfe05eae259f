package org.docedition.model;

/**
 * A person named in a document: the first place the name stands and how often it is named.
 *
 * @param personId      the person's id
 * @param document      the document
 * @param asPrinted     the name as printed at its first occurrence
 * @param line          the seed line of the first occurrence
 * @param count         how many times the document names the person
 */
public record Mention(String personId, DocumentId document, String asPrinted, int line, int count) {
}
