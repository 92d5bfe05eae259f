package org.docedition.bench;

import java.util.List;
import org.docedition.model.HistoricalDate;

/** One generated document, before it is written in a seed format (and as Hugo content). */
sealed interface SyntheticDocument {

    String title();

    HistoricalDate date();

    /** A path-safe id for the Hugo reference site; unrelated to the edition's own ids. */
    String hugoId();

    /** The Hugo section: newspaper, collection or catalogue. */
    String section();

    /**
     * A newspaper article with its Chinese original.
     *
     * @param chineseTitle      headline parts, printed after {@code ###} separated by two spaces
     * @param chineseParagraphs the original's text
     */
    record Article(String newspaper, HistoricalDate date, int page, String title, String author,
                   List<String> paragraphs, List<String> chineseTitle, List<String> chineseParagraphs)
            implements SyntheticDocument {

        @Override
        public String hugoId() {
            return "pd-" + date.iso() + "-p" + page;
        }

        @Override
        public String section() {
            return "newspaper";
        }
    }

    /**
     * A document of a printed collection; {@code number == 0} is an entry without number and text.
     *
     * @param printedPages  {@code pp. 162-166}, or empty when the entry has no "A source:" line
     * @param archive       the archive citation without prefix, or empty
     * @param archivePrefix whether the seed prints {@code Archive:} before it
     * @param numberMark    {@code *} for an entry printed as {@code 73.*}, or empty
     * @param footnotes     the notes, in order; markers derive from their position
     * @param references    the collection numbers the document cites
     */
    record CollectionEntry(String collection, String collectionSlug, int number, String numberMark, String title,
                           HistoricalDate date, String printedPages, String archive, boolean archivePrefix,
                           List<String> paragraphs, List<String> footnotes, List<Integer> references)
            implements SyntheticDocument {

        boolean stub() {
            return number == 0;
        }

        @Override
        public String hugoId() {
            return stub() ? collectionSlug + "-entry-" + date.iso() + "-" + Integer.toHexString(title.hashCode())
                    : collectionSlug + "-" + number;
        }

        @Override
        public String section() {
            return "collection";
        }
    }

    /** A catalogue record: summary only. */
    record CatalogueRecord(int serial, HistoricalDate date, String title, String summary) implements SyntheticDocument {

        @Override
        public String hugoId() {
            return "wcda-" + serial;
        }

        @Override
        public String section() {
            return "catalogue";
        }
    }

    /** The footnote marker for ordinal {@code i} (from 1): {@code *} to {@code *****}, then {@code 6 *}. */
    static String marker(int ordinal) {
        return ordinal <= 5 ? "*".repeat(ordinal) : ordinal + " *";
    }
}
