package org.docedition.tei;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.docedition.apparatus.Apparatus;
import org.docedition.apparatus.DocumentNames;
import org.docedition.files.SiteTree;
import org.docedition.link.DocumentLinks;
import org.docedition.link.Edition;
import org.docedition.model.CitationParts;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Source;

/**
 * Writes the edition in TEI P5 and for harvesters: {@code data/tei/<id>.xml} per document,
 * {@code data/edition.tei.xml} (the whole edition as one {@code teiCorpus}) and, when the site's
 * address is known, {@code data/oai-pmh.xml}, an OAI-PMH static repository of Dublin Core records.
 *
 * <p>The corpus lives outside {@code data/tei/} so that a folder holding the per-document files
 * can be used as seeds without reading every document twice.
 */
public final class TeiExporter {

    /** The folder of the per-document TEI files. */
    public static final String TEI_DIR = "data/tei/";
    /** The whole edition as one {@code teiCorpus}. */
    public static final String CORPUS = "data/edition.tei.xml";
    /** The OAI-PMH static repository. */
    public static final String OAI = OaiRepositoryWriter.PATH;

    /** From a document's file: other documents' files beside it, persons and places in the corpus's header. */
    private static final TeiDocumentWriter.Targets FILE_TARGETS = new TeiDocumentWriter.Targets(
            id -> id.value() + ".xml", person -> "../edition.tei.xml#" + AuthorityLists.personId(person),
            place -> "../edition.tei.xml#" + AuthorityLists.placeId(place));
    /** Within the corpus: every target is in the same file. */
    private static final TeiDocumentWriter.Targets CORPUS_TARGETS = new TeiDocumentWriter.Targets(
            id -> "#" + TeiDocumentWriter.xmlId(id), person -> "#" + AuthorityLists.personId(person),
            place -> "#" + AuthorityLists.placeId(place));

    private final Publication publication;
    private final TeiDocumentWriter writer;

    public TeiExporter(Publication publication) {
        this.publication = publication;
        this.writer = new TeiDocumentWriter(publication);
    }

    /** The site path of a document's TEI file. */
    public static String path(DocumentId id) {
        return TEI_DIR + id.value() + ".xml";
    }

    /**
     * Writes every TEI file of {@code edition} into {@code tree}, and the OAI file when the site's
     * address is known; {@code previousSite} is the published site whose OAI file keeps the
     * datestamps of records that did not change (it need not exist).
     */
    public void write(Edition edition, Apparatus apparatus, SiteTree tree, Path previousSite) {
        List<Document> documents = edition.documents();
        // the corpus is one file written in order on one thread: it runs beside the per-document
        // files rather than after them, so a large edition's export keeps both cores busy
        CompletableFuture<byte[]> corpus = CompletableFuture.supplyAsync(() -> corpus(edition, apparatus),
                TeiExporter::onOwnThread);
        IntStream.range(0, documents.size()).parallel().forEach(i -> {
            Document d = documents.get(i);
            XmlBlocks x = new XmlBlocks(TeiDocumentWriter.TEI);
            schemaInstruction(x);
            writer.write(x, d, links(edition, d.id()), parts(apparatus, d.id()), names(apparatus, d.id()), FILE_TARGETS,
                    true);
            tree.write(path(d.id()), x.bytes());
        });
        tree.write(CORPUS, joined(corpus));
        if (publication.baseUrl().isPresent()) {
            new OaiRepositoryWriter(publication).write(edition, tree, previousSite);
        }
    }

    private static void onOwnThread(Runnable task) {
        Thread t = new Thread(task, "tei-corpus");
        t.setDaemon(true);
        t.start();
    }

    /** The corpus's bytes; what went wrong making them is thrown as it was thrown. */
    private static byte[] joined(CompletableFuture<byte[]> corpus) {
        try {
            return corpus.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    /** The whole edition as one {@code teiCorpus}. */
    byte[] corpus(Edition edition, Apparatus apparatus) {
        XmlBlocks x = new XmlBlocks(TeiDocumentWriter.TEI);
        schemaInstruction(x);
        x.open(TeiDocumentWriter.TEI, "teiCorpus").declare("", TeiDocumentWriter.TEI);
        x.open(TeiDocumentWriter.TEI, "teiHeader");
        x.open(TeiDocumentWriter.TEI, "fileDesc");
        x.open(TeiDocumentWriter.TEI, "titleStmt");
        x.leaf(TeiDocumentWriter.TEI, "title", publication.title());
        x.close();
        writer.publicationStmt(x, Optional.empty());
        x.open(TeiDocumentWriter.TEI, "sourceDesc");
        x.open(TeiDocumentWriter.TEI, "listBibl");
        Map<String, Source> sources = new LinkedHashMap<>();
        edition.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        for (Source s : sources.values()) {
            x.open(TeiDocumentWriter.TEI, "bibl", "type", s.kind().slug());
            x.leaf(TeiDocumentWriter.TEI, "title", s.title());
            x.leaf(TeiDocumentWriter.TEI, "idno", s.id(), "type", TeiDocumentWriter.SOURCE_ID_TYPE);
            x.close();
        }
        x.close();
        x.close();
        x.close();
        x.open(TeiDocumentWriter.TEI, "profileDesc");
        x.open(TeiDocumentWriter.TEI, "langUsage");
        Set<String> languages = new LinkedHashSet<>(List.of("en"));
        edition.documents().forEach(d -> d.original().ifPresent(o -> languages.add(o.language())));
        for (String tag : languages) {
            x.leaf(TeiDocumentWriter.TEI, "language", TeiDocumentWriter.languageName(tag), "ident", tag);
        }
        x.close();
        if (apparatus != null) {
            AuthorityLists.write(x, apparatus.persons(), apparatus.places());
        }
        x.close();
        x.close();
        for (Document d : edition.documents()) {
            writer.write(x, d, links(edition, d.id()), parts(apparatus, d.id()), names(apparatus, d.id()),
                    CORPUS_TARGETS, false);
        }
        x.close();
        return x.bytes();
    }

    private static void schemaInstruction(XmlBlocks x) {
        x.instruction("xml-model", "href=\"https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng\""
                + " type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"");
    }

    private static DocumentLinks links(Edition edition, DocumentId id) {
        DocumentLinks l = edition.links().get(id);
        return l == null ? new DocumentLinks(List.of(), Optional.empty(), Optional.empty(), List.of()) : l;
    }

    private static Optional<DocumentNames> names(Apparatus apparatus, DocumentId id) {
        return apparatus == null ? Optional.empty() : Optional.ofNullable(apparatus.names().get(id));
    }

    private static Optional<CitationParts> parts(Apparatus apparatus, DocumentId id) {
        return apparatus == null ? Optional.empty() : Optional.ofNullable(apparatus.citations().get(id));
    }

    /** Ids of every file this exporter writes for {@code edition}, for tests and the data page. */
    public static List<String> paths(Edition edition) {
        List<String> out = new ArrayList<>();
        edition.documents().forEach(d -> out.add(path(d.id())));
        out.add(CORPUS);
        return out;
    }
}
