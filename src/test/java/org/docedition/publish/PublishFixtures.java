package org.docedition.publish;

import org.docedition.files.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.docedition.link.Chronology;
import org.docedition.link.DocumentLinks;
import org.docedition.link.Edition;
import org.docedition.model.ArchiveCitation;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.OriginalText;
import org.docedition.model.Paragraph;
import org.docedition.model.PrintedSource;
import org.docedition.model.Reference;
import org.docedition.model.Source;
import org.docedition.model.SourceLocation;

/** A small hand-built edition with the awkward cases the exports must handle, and file helpers. */
final class PublishFixtures {

    static final Source COLLECTION = new Source("sscr-1952-1955",
            "Soviet-Chinese relations. 1952-1955: Collection of documents", Kind.COLLECTION);
    static final Source PAPER = new Source("peoples-daily", "People's Daily", Kind.NEWSPAPER);
    static final Source CATALOGUE = new Source("wilson-center", "Wilson Center Digital Archive", Kind.CATALOGUE);

    static final DocumentId DOC_89 = new DocumentId("sscr-1952-1955-doc-89");
    static final DocumentId DOC_90 = new DocumentId("sscr-1952-1955-doc-90");
    static final DocumentId ARTICLE = new DocumentId("peoples-daily-1954-p1");
    static final DocumentId ENTRY = new DocumentId("wilson-center-undated-entry");

    /** A title with a comma, quotes and a line break, the cases CSV must escape. */
    static final String AWKWARD_TITLE = "Record of talk, \"Mao\" and\nMolotov";

    private PublishFixtures() {
    }

    static Edition edition() {
        Document d89 = new Document(DOC_89, Kind.COLLECTION, COLLECTION, AWKWARD_TITLE,
                Optional.of(HistoricalDate.ofDay(1954, 1, 5)), Optional.of("89"), "", "", "",
                Optional.of(new PrintedSource("Soviet-Chinese relations. 1952-1955: Collection of documents. 2015",
                        "pp. 162-166")),
                Optional.of(new ArchiveCitation("AVPRF. F. 0100. Op. 47. P. 384. D. 52. L. 12-20.", 11)),
                List.of(new Paragraph("First paragraph of the talk.", 13), new Paragraph("Second paragraph.", 15)),
                Optional.empty(),
                List.of(new Footnote(1, "*", "Zhou Enlai (1898-1976), premier.", 17)),
                true, new SourceLocation("seeds/003_collection.txt", 10, 17));
        Document d90 = new Document(DOC_90, Kind.COLLECTION, COLLECTION, "Letter on the talks",
                Optional.of(HistoricalDate.ofMonth(1954, 2)), Optional.of("90"), "*", "", "",
                Optional.empty(), Optional.empty(),
                List.of(new Paragraph("As agreed. See doc. 89. See doc. 68. See also doc. 89.", 22)),
                Optional.empty(), List.of(), true, new SourceLocation("seeds/003_collection.txt", 20, 22));
        Document article = new Document(ARTICLE, Kind.NEWSPAPER, PAPER, "Friendship of the peoples",
                Optional.of(HistoricalDate.ofYear(1954)), Optional.empty(), "", "Xinhua", "1",
                Optional.empty(), Optional.empty(),
                List.of(new Paragraph("The friendship grows.", 5)),
                Optional.of(new OriginalText("zh-Hans", "人民的友谊", "1954年", "第1版", "专栏：",
                        List.of(new Paragraph("友谊在增长。", 12)))),
                List.of(), true, new SourceLocation("000_article.txt", 1, 12));
        Document entry = new Document(ENTRY, Kind.CATALOGUE, CATALOGUE, "Speech printed elsewhere",
                Optional.empty(), Optional.empty(), "", "", "", Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), List.of(), false, new SourceLocation("004_catalogue.txt", 30, 30));

        Map<DocumentId, DocumentLinks> links = Map.of(
                DOC_89, new DocumentLinks(List.of(), Optional.of(ARTICLE), Optional.of(DOC_90), List.of(DOC_90)),
                DOC_90, new DocumentLinks(List.of(
                        new Reference("89", "See doc. 89", Optional.of(DOC_89), 22),
                        new Reference("68", "See doc. 68", Optional.empty(), 22),
                        new Reference("89", "See also doc. 89", Optional.of(DOC_89), 22)),
                        Optional.of(DOC_89), Optional.of(ENTRY), List.of()),
                ARTICLE, new DocumentLinks(List.of(), Optional.empty(), Optional.of(DOC_89), List.of()),
                ENTRY, new DocumentLinks(List.of(), Optional.of(DOC_90), Optional.empty(), List.of()));
        return new Edition(List.of(article, d89, d90, entry), links, List.of(PAPER, COLLECTION, CATALOGUE),
                new Chronology(List.of(), List.of(ENTRY)), List.of());
    }

    /** Every file under {@code root} with its bytes, keyed by relative path, for byte-for-byte comparison. */
    static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A short textual form of a snapshot that assertEquals can compare and print. */
    static Map<String, String> digest(Path root) {
        Map<String, String> out = new TreeMap<>();
        snapshot(root).forEach((k, v) -> out.put(k, Sha256.of(v)));
        return out;
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
