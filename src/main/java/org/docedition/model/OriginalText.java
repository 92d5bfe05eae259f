package org.docedition.model;

import java.util.List;

/**
 * The document in its original language, kept apart from the translation.
 *
 * @param language   BCP 47 tag, e.g. {@code zh-Hans}
 * @param title      the original title
 * @param dateline   the date as the original prints it
 * @param page       page as printed (e.g. {@code 第6版}), or empty
 * @param column     column as printed (e.g. {@code 专栏：}), or empty
 * @param paragraphs the original text
 */
public record OriginalText(String language, String title, String dateline, String page, String column,
                           List<Paragraph> paragraphs) implements java.io.Serializable {

    public OriginalText {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("language must not be blank");
        }
        title = title == null ? "" : title;
        dateline = dateline == null ? "" : dateline;
        page = page == null ? "" : page;
        column = column == null ? "" : column;
        paragraphs = List.copyOf(paragraphs);
    }
}
