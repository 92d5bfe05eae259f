package org.docedition.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.docedition.model.Problem;

/**
 * What a render wrote.
 *
 * @param pagesWritten        HTML pages written
 * @param weights             per page type ({@code document}, {@code original}, {@code home},
 *                            {@code chronology}, {@code sources}, {@code content}, {@code search}):
 *                            pages and bytes of HTML
 * @param documentAssetBytes  bytes of the style sheets and scripts a document page loads
 * @param problems            template and content problems, sorted; errors mean pages are missing
 */
public record RenderReport(int pagesWritten, Map<String, PageWeight> weights, long documentAssetBytes,
                           List<Problem> problems) {

    public RenderReport {
        weights = java.util.Collections.unmodifiableMap(new TreeMap<>(weights));
        problems = List.copyOf(problems);
    }

    /**
     * The HTML weight of one page type.
     *
     * @param pages      pages of this type
     * @param totalBytes their bytes together
     * @param maxBytes   the largest page's bytes
     */
    public record PageWeight(int pages, long totalBytes, long maxBytes) {

        public long averageBytes() {
            return pages == 0 ? 0 : totalBytes / pages;
        }

        PageWeight plus(PageWeight other) {
            return new PageWeight(pages + other.pages, totalBytes + other.totalBytes, Math.max(maxBytes, other.maxBytes));
        }
    }

    /** Whether a problem left pages unwritten. */
    public boolean failed() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The heaviest document page with its style sheets and scripts, the figure the 60 KB budget is about. */
    public long heaviestDocumentPageBytes() {
        PageWeight w = weights.get("document");
        return (w == null ? 0 : w.maxBytes()) + documentAssetBytes;
    }

    /** One line per page type: {@code document   53 pages, avg 9.1 KB, max 21.4 KB}. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        weights.forEach((type, w) -> s.append(String.format(Locale.ROOT, "%-10s %6d pages, avg %.1f KB, max %.1f KB%n",
                type, w.pages(), w.averageBytes() / 1024.0, w.maxBytes() / 1024.0)));
        s.append(String.format(Locale.ROOT, "heaviest document page with CSS and JS: %.1f KB",
                heaviestDocumentPageBytes() / 1024.0));
        return s.toString();
    }
}
