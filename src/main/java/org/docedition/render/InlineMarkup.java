package org.docedition.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.docedition.model.Correction;

/**
 * Turns a plain text into HTML: every character is escaped except where a span (a reference
 * link, a footnote marker) replaces a stretch with HTML built by our code.
 *
 * <p>Spans are found on the plain text and the text between them is escaped piece by piece, so
 * nothing from a seed can ever become markup, and a phrase that contains {@code &} or {@code <}
 * is still found.
 *
 * <p>An editorial correction shows its reading, with the printed text beside it in an element
 * that is hidden from sight until the reading is focused or hovered, and printed on paper: the
 * reading is marked {@code data-editorial}, so the fidelity check finds the printed text on the
 * page and search indexes both.
 */
final class InlineMarkup {

    private InlineMarkup() {
    }

    /** The HTML for {@code text} with {@code spans} applied; a span overlapping an earlier one is dropped. */
    static String toHtml(String text, List<InlineSpan> spans) {
        return toHtml(text, spans, List.of());
    }

    /**
     * The HTML for {@code text} with {@code spans} and {@code corrections} applied. A replacing span
     * or a wrapping one that a correction crosses is dropped: the correction wins.
     */
    static String toHtml(String text, List<InlineSpan> spans, List<Correction> corrections) {
        if (spans.isEmpty() && corrections.isEmpty()) {
            return HtmlText.escape(text);
        }
        List<InlineSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(InlineSpan::start).thenComparingInt(InlineSpan::end));
        StringBuilder out = new StringBuilder(text.length() + 64 * sorted.size() + 128 * corrections.size());
        int at = 0;
        for (InlineSpan s : sorted) {
            if (s.start() < at || s.end() > text.length() || crossed(s, corrections)) {
                continue;
            }
            appendCorrected(out, text, at, s.start(), corrections, true);
            if (s.wraps()) {
                out.append(s.open());
                // inside a link the link takes the focus: the correction is not a second stop
                appendCorrected(out, text, s.start(), s.end(), corrections, false);
                out.append(s.close());
            } else {
                out.append(s.html());
            }
            at = s.end();
        }
        appendCorrected(out, text, at, text.length(), corrections, true);
        return out.toString();
    }

    /** Whether a correction overlaps {@code s} without lying inside a wrapping span. */
    private static boolean crossed(InlineSpan s, List<Correction> corrections) {
        for (Correction c : corrections) {
            boolean overlaps = c.at() < s.end() && s.start() < c.end()
                    || c.corrected().isEmpty() && c.at() > s.start() && c.at() < s.end();
            boolean inside = c.at() >= s.start() && c.end() <= s.end();
            if (overlaps && !(s.wraps() && inside)) {
                return true;
            }
        }
        return false;
    }

    /** Appends {@code text[start, end)} escaped, with the corrections that start in it. */
    private static void appendCorrected(StringBuilder out, String text, int start, int end,
                                        List<Correction> corrections, boolean focusable) {
        int at = start;
        for (Correction c : corrections) {
            // a deletion at a span's edge belongs to the text before the span
            boolean starts = c.corrected().isEmpty() ? c.at() >= start && (c.at() < end || c.at() == text.length()
                    && end == text.length()) : c.at() >= start && c.at() < end;
            if (!starts || c.at() < at) {
                continue;
            }
            HtmlText.appendEscaped(out, text, at, c.at());
            appendCorrection(out, c, focusable);
            at = Math.min(c.end(), end);
        }
        HtmlText.appendEscaped(out, text, at, end);
    }

    /** The reading, and the printed text hidden until focused or printed. */
    static void appendCorrection(StringBuilder out, Correction c, boolean focusable) {
        String note = c.note().isEmpty() ? "" : " title=\"" + HtmlText.escape("Editorial correction. " + c.note()) + "\"";
        out.append("<span class=\"corr").append(c.corrected().isEmpty() ? " corr-deleted" : "")
                .append(focusable ? "\" tabindex=\"0\"" : "\"").append(note).append('>');
        if (c.corrected().isEmpty()) {
            // nothing to read in the text: a visible sign that something printed was left out
            out.append("<span data-editorial=\"\" aria-hidden=\"true\">[\u2026]</span>");
        } else {
            out.append("<span data-editorial=\"\">");
            HtmlText.appendEscaped(out, c.corrected(), 0, c.corrected().length());
            out.append("</span>");
        }
        out.append("<span class=\"sic\"><span data-editorial=\"\">")
                .append(c.corrected().isEmpty() ? " (printed here: " : " (printed: ").append("</span>");
        HtmlText.appendEscaped(out, c.printed(), 0, c.printed().length());
        out.append("<span data-editorial=\"\">)</span></span></span>");
    }
}
