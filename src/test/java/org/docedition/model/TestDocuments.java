package org.docedition.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Builds small documents for tests in any package. */
public final class TestDocuments {

    public static final Source COLLECTION = new Source("sscr-1952-1955",
            "Soviet-Chinese relations. 1952-1955: Collection of documents", Kind.COLLECTION);

    private TestDocuments() {
    }

    /** A collection document numbered {@code number}, dated {@code date}, whose text is {@code paragraphs}. */
    public static Document collectionDoc(String number, HistoricalDate date, String... paragraphs) {
        return collectionDoc(number, date, List.of(), paragraphs);
    }

    /** As {@link #collectionDoc(String, HistoricalDate, String...)}, with footnotes. */
    public static Document collectionDoc(String number, HistoricalDate date, List<Footnote> footnotes,
                                         String... paragraphs) {
        List<Paragraph> ps = Arrays.stream(paragraphs).map(p -> new Paragraph(p, 10)).toList();
        return new Document(new DocumentId("sscr-1952-1955-doc-" + number), Kind.COLLECTION, COLLECTION,
                "Document " + number, Optional.ofNullable(date), Optional.of(number), "", "", "",
                Optional.of(new PrintedSource("Soviet-Chinese relations. 1952-1955: Collection of documents. 2015",
                        "p. 1")),
                Optional.of(new ArchiveCitation("AVPRF. F. 0100. Op. 47. P. 384. D. 52. L. 12-20.", 9)),
                ps, Optional.empty(), footnotes, true, new SourceLocation("003.txt", 8, 20));
    }
}
