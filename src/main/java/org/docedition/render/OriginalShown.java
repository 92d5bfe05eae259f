package org.docedition.render;

import java.util.ArrayList;
import java.util.List;
import org.docedition.model.OriginalText;
import org.docedition.model.Paragraph;

/**
 * What a page shows of an original's head and text: the newspaper's empty labels are left out
 * ({@code 专栏：} with no column after it, {@code 第6版()} with empty brackets), and the headline the
 * text repeats as its first lines is shown once, as the title. Nothing is lost: the labels say
 * nothing, and the headline's words stand in the title.
 */
final class OriginalShown {

    private OriginalShown() {
    }

    /** The column, or empty when the label names none. */
    static String column(OriginalText o) {
        String c = o.column().strip();
        String named = c.replaceFirst("^专栏\\s*[:：]?", "").strip();
        return named.isEmpty() ? "" : c;
    }

    /** The page without empty brackets after it ({@code 第6版} for {@code 第6版()}). */
    static String page(OriginalText o) {
        return o.page().replaceAll("[(（]\\s*[)）]", "").strip();
    }

    /** The paragraphs, without the leading ones that only repeat the title. */
    static List<String> paragraphs(OriginalText o) {
        List<String> out = new ArrayList<>(o.paragraphs().size());
        for (int i = firstShown(o); i < o.paragraphs().size(); i++) {
            out.add(o.paragraphs().get(i).text());
        }
        return out;
    }

    /** The index of the first paragraph that is not the title repeated. */
    static int firstShown(OriginalText o) {
        String title = compact(o.title());
        int first = 0;
        if (title.isEmpty()) {
            return 0;
        }
        for (Paragraph p : o.paragraphs()) {
            String text = compact(p.text());
            if (text.isEmpty() || !title.contains(text)) {
                break;
            }
            first++;
        }
        return first;
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
