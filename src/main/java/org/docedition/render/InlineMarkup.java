package org.docedition.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a plain text into HTML: every character is escaped except where a span (a reference
 * link, a footnote marker) replaces a stretch with HTML built by our code.
 *
 * <p>Spans are found on the plain text and the text between them is escaped piece by piece, so
 * nothing from a seed can ever become markup, and a phrase that contains {@code &} or {@code <}
 * is still found.
 */
final class InlineMarkup {

    private InlineMarkup() {
    }

    /** The HTML for {@code text} with {@code spans} applied; a span overlapping an earlier one is dropped. */
    static String toHtml(String text, List<InlineSpan> spans) {
        if (spans.isEmpty()) {
            return HtmlText.escape(text);
        }
        List<InlineSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(InlineSpan::start).thenComparingInt(InlineSpan::end));
        StringBuilder out = new StringBuilder(text.length() + 64 * sorted.size());
        int at = 0;
        for (InlineSpan s : sorted) {
            if (s.start() < at || s.end() > text.length()) {
                continue;
            }
            HtmlText.appendEscaped(out, text, at, s.start());
            out.append(s.html());
            at = s.end();
        }
        HtmlText.appendEscaped(out, text, at, text.length());
        return out.toString();
    }
}
