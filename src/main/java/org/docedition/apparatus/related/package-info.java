/**
 * Related documents: for each document, the documents of other sources most like it by the
 * persons and distinctive words they share and how close their dates are.
 *
 * <p>The stages, one class each: {@link org.docedition.apparatus.related.WordReader} reads a
 * document's words; {@link org.docedition.apparatus.related.Vocabulary} counts them over the
 * edition in one {@link org.docedition.apparatus.related.Dictionary};
 * {@link org.docedition.apparatus.related.Features} keeps each document's most distinctive ones;
 * {@link org.docedition.apparatus.related.Similarity} compares documents by them; and
 * {@link org.docedition.apparatus.related.WordMemo} lets a serving process reuse the words of
 * documents that did not change.
 */
package org.docedition.apparatus.related;
