package org.docedition.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docedition.model.Reference;

/**
 * Marks a document's number references ("See doc. 89") in its texts: a link to the cited page
 * when the number is in the edition, a marked "(not in this edition)" span when it is not.
 *
 * <p>The link stage records each reference with its printed phrase and the seed line of the
 * paragraph or footnote it stands in; here each phrase is found again in the text of that line,
 * in reading order, and used once, so two equal phrases in one text are both marked.
 */
final class ReferenceLinker {

    private final List<Reference> references;
    private final boolean[] used;
    private final Map<Integer, List<Integer>> byLine = new HashMap<>();
    private final String root;
    private final String siteUrl;

    /**
     * @param references the document's references, in reading order
     * @param root       the way from the page to the site root ({@code ../} on document pages)
     */
    ReferenceLinker(List<Reference> references, String root) {
        this(references, root, "");
    }

    /**
     * @param siteUrl the site's public address ending in {@code /}, or empty when unknown: a link
     *                then also carries the cited page's absolute address ({@code data-address}), which
     *                print styles show, since a relative path means nothing on paper
     */
    ReferenceLinker(List<Reference> references, String root, String siteUrl) {
        this.references = references;
        this.used = new boolean[references.size()];
        this.root = root;
        this.siteUrl = siteUrl;
        for (int i = 0; i < references.size(); i++) {
            byLine.computeIfAbsent(references.get(i).line(), k -> new ArrayList<>()).add(i);
        }
    }

    /** Spans for the references of {@code text}, which starts on seed line {@code line}. */
    List<InlineSpan> spans(String text, int line) {
        List<Integer> candidates = byLine.get(line);
        if (candidates == null) {
            return List.of();
        }
        List<InlineSpan> spans = new ArrayList<>();
        int cursor = 0;
        for (int i : candidates) {
            if (used[i]) {
                continue;
            }
            Reference r = references.get(i);
            int at = find(text, r.phrase(), cursor);
            if (at < 0) {
                // the phrase belongs to another text that starts on the same line
                continue;
            }
            used[i] = true;
            cursor = at + r.phrase().length();
            spans.add(span(r, at, cursor));
        }
        return spans;
    }

    /** A link around the phrase, or the phrase marked as not in this edition; the phrase may carry a correction. */
    private InlineSpan span(Reference r, int start, int end) {
        if (r.target().isPresent()) {
            String url = r.target().get().url();
            String address = siteUrl.isEmpty() ? "" : " data-address=\"" + HtmlText.escape(siteUrl + url) + "\"";
            return InlineSpan.wrap(start, end, "<a class=\"docref\" href=\"" + root + url + "\"" + address + ">", "</a>");
        }
        String number = HtmlText.escape(r.number());
        return InlineSpan.wrap(start, end, "<span class=\"docref docref-missing\" title=\"Doc. " + number
                + " is not in this edition\">", " <span class=\"not-in-edition\">(not in this edition)</span></span>");
    }

    /** The first occurrence of {@code phrase} at or after {@code from} that is not part of a longer word or number. */
    private static int find(String text, String phrase, int from) {
        if (phrase.isEmpty()) {
            return -1;
        }
        int at = text.indexOf(phrase, from);
        while (at >= 0) {
            int end = at + phrase.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isDigit(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return -1;
    }
}
