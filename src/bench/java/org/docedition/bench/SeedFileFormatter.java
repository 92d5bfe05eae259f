package org.docedition.bench;

import java.util.List;
import org.docedition.bench.SyntheticDocument.Article;
import org.docedition.bench.SyntheticDocument.CatalogueRecord;
import org.docedition.bench.SyntheticDocument.CollectionEntry;

/**
 * Writes generated documents in the three legacy seed formats, copying the real seeds' layout:
 * their chrome, blank lines, non-breaking spaces and trailing blanks.
 */
final class SeedFileFormatter {

    private static final char NBSP = '\u00a0';

    private SeedFileFormatter() {
    }

    /** A newspaper article file: header, English text, {@code <hr />}, the Chinese original. */
    static String article(Article a) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("Title: ").append(a.title()).append('\n');
        sb.append(a.author().isEmpty() ? "Author: \n" : "Author: " + a.author() + "\n");
        sb.append("Date: ").append(a.date().iso()).append('\n');
        sb.append("Page: ").append(a.page()).append("\n\n");
        for (String p : a.paragraphs()) {
            sb.append(p).append("\n\n");
        }
        sb.append("\n\n<hr /> \n\nOriginal: \n\n\n");
        sb.append("### ").append(String.join("  ", a.chineseTitle())).append("\n\n");
        sb.append(a.date().iso()).append('\n');
        sb.append('第').append(a.page()).append("版()\n");
        sb.append("专栏：\n\n");
        for (String t : a.chineseTitle()) {
            sb.append("    ").append(t).append('\n');
        }
        for (String p : a.chineseParagraphs()) {
            sb.append("    ").append(p).append('\n');
        }
        return sb.toString();
    }

    /** A collection page: site chrome, then each entry's heading, citations, number, text and notes. */
    static String collectionPage(String shortTitle, int year, List<CollectionEntry> entries) {
        StringBuilder sb = new StringBuilder(entries.size() * 4096);
        sb.append("Soviet China relationship\n\n");
        sb.append("Marx-Engels |").append(NBSP).append("  Lenin ").append(NBSP).append("| Stalin |").append(NBSP)
                .append("  Home Page\n\n");
        sb.append(NBSP).append(' ').append(NBSP).append(' ').append(shortTitle).append("\n\n");
        sb.append(NBSP).append(' ').append(year).append("\n\n");
        for (int i = 0; i < entries.size(); i++) {
            entry(entries.get(i), sb);
            if (i + 1 < entries.size()) {
                // the published page separates some documents by a line holding a lone NBSP
                sb.append(i % 3 == 0 ? NBSP + "\n\n" : "");
            }
        }
        return sb.toString();
    }

    private static void entry(CollectionEntry e, StringBuilder sb) {
        // the published headings put a non-breaking space before the date about half the time
        sb.append(e.title()).append('.').append(e.title().length() % 2 == 0 ? String.valueOf(NBSP) : " ")
                .append(e.date().label()).append("\n\n");
        if (e.stub()) {
            return;
        }
        if (!e.printedPages().isEmpty()) {
            sb.append("A source: ").append(e.collection()).append(": Collection of documents. 2015. ")
                    .append(e.printedPages()).append('\n');
        }
        if (!e.archive().isEmpty()) {
            sb.append(e.archivePrefix() ? "Archive: " : "").append(e.archive()).append('\n');
        }
        sb.append(e.number()).append('.').append(e.numberMark()).append("\n\n");
        for (String p : e.paragraphs()) {
            sb.append(p).append("\n\n");
        }
        for (int i = 0; i < e.footnotes().size(); i++) {
            sb.append(SyntheticDocument.marker(i + 1)).append(' ').append(e.footnotes().get(i)).append("\n\n");
        }
    }

    /** A catalogue search-results page: chrome, then date, title and summary per record. */
    static String cataloguePage(List<CatalogueRecord> records, int first, int total) {
        StringBuilder sb = new StringBuilder(records.size() * 600);
        sb.append("Skip to content\n\nResults:\n\n").append(first).append(" - ").append(first + records.size() - 1)
                .append(" of ").append(total).append("\n\nDocuments\n\n");
        for (CatalogueRecord r : records) {
            sb.append(r.date().label()).append("\n\n").append(r.title()).append("\n\n").append(r.summary())
                    .append("\n\n");
        }
        return sb.append("Pagination\n").toString();
    }
}
