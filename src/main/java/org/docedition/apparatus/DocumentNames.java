package org.docedition.apparatus;

import java.util.List;
import org.docedition.model.NameSpan;

/**
 * Where a document names persons and places: the spans found in each of its texts, so a page can
 * link them where they stand.
 *
 * @param title         spans of the title
 * @param paragraphs    per paragraph of the text, its spans
 * @param footnotes     per footnote, its spans
 * @param originalTitle spans of the original's title
 * @param original      per paragraph of the original, its spans
 * @param glossary      per entry of the document's glossary (its "Named Entities"), the page of the
 *                      person or place it names, or empty when the authority knows neither form
 */
public record DocumentNames(List<NameSpan> title, List<List<NameSpan>> paragraphs, List<List<NameSpan>> footnotes,
                            List<NameSpan> originalTitle, List<List<NameSpan>> original, List<String> glossary) implements java.io.Serializable {

    /** Names of a document without a glossary. */
    public DocumentNames(List<NameSpan> title, List<List<NameSpan>> paragraphs, List<List<NameSpan>> footnotes,
                         List<NameSpan> originalTitle, List<List<NameSpan>> original) {
        this(title, paragraphs, footnotes, originalTitle, original, List.of());
    }

    public DocumentNames {
        title = List.copyOf(title);
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
        footnotes = footnotes.stream().map(List::copyOf).toList();
        originalTitle = List.copyOf(originalTitle);
        original = original.stream().map(List::copyOf).toList();
        glossary = List.copyOf(glossary);
    }

    /** The page the glossary's entry {@code i} names, or empty. */
    public String glossaryEntry(int i) {
        return i < glossary.size() ? glossary.get(i) : "";
    }

    /** Spans of paragraph {@code i}, none if out of range. */
    public List<NameSpan> paragraph(int i) {
        return i < paragraphs.size() ? paragraphs.get(i) : List.of();
    }

    /** Spans of footnote {@code i} (by position), none if out of range. */
    public List<NameSpan> footnote(int i) {
        return i < footnotes.size() ? footnotes.get(i) : List.of();
    }

    /** Spans of the original's paragraph {@code i}, none if out of range. */
    public List<NameSpan> originalParagraph(int i) {
        return i < original.size() ? original.get(i) : List.of();
    }

    /** Whether no text names anyone. */
    public boolean isEmpty() {
        return title.isEmpty() && originalTitle.isEmpty() && paragraphs.stream().allMatch(List::isEmpty)
                && footnotes.stream().allMatch(List::isEmpty) && original.stream().allMatch(List::isEmpty);
    }
}
