package org.docedition.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.docedition.files.Memo;
import org.docedition.files.SiteTree;
import org.docedition.link.DocumentLinks;
import org.docedition.link.Edition;
import org.docedition.model.Document;

/**
 * Writes the edition as open data into {@code <site>/data/}: {@code documents.json},
 * {@code documents.csv}, one {@code documents/<id>.json} per document, {@code datapackage.json}
 * and the JSON Schemas it names.
 *
 * <p>Documents appear in the edition's chronological order and every object's keys in a fixed
 * order, so the same edition always gives the same bytes. URLs are relative to the site root.
 */
public final class DataExporter {

    private final java.util.Map<org.docedition.model.DocumentId, List<NamedEntity>> named;

    /** An exporter of documents that name no one. */
    public DataExporter() {
        this(java.util.Map.of());
    }

    /** An exporter giving, per document, the persons and places it names ({@code named}). */
    public DataExporter(java.util.Map<org.docedition.model.DocumentId, List<NamedEntity>> named) {
        this.named = java.util.Map.copyOf(named);
    }

    /** The folder under the site root that holds the exports. */
    public static final String DATA_DIR = "data";

    /**
     * Writes every export of {@code edition} under {@code siteDir/data}.
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public void write(Edition edition, Path siteDir) {
        write(edition, SiteTree.clean(siteDir));
    }

    /**
     * Writes every export of {@code edition} under {@code data/} of {@code tree}.
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public void write(Edition edition, SiteTree tree) {
        write(edition, tree, Memo.NONE);
    }

    /**
     * Writes every export of {@code edition} under {@code data/} of {@code tree}, keeping each
     * document's record file as published when {@code memo} has its digest from the same
     * document and links (a record is made of these alone).
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public void write(Edition edition, SiteTree tree, Memo<String> memo) {
        write(edition, tree, memo, Memo.NONE);
    }

    /**
     * The same, also taking each document's summary in {@code documents.json} and row in
     * {@code documents.csv} from {@code texts} when it has them from the same document and links.
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public void write(Edition edition, SiteTree tree, Memo<String> memo, Memo<String> texts) {
        memo.begin();
        texts.begin();
        try {
            writeAll(edition, tree, memo, texts);
        } finally {
            texts.end();
            memo.end();
        }
    }

    private void writeAll(Edition edition, SiteTree tree, Memo<String> memo, Memo<String> texts) {
        String data = DATA_DIR + "/";
        List<Document> documents = edition.documents();
        String[] summary = new String[documents.size()];
        String[] row = new String[documents.size()];
        boolean remembering = memo.remembers() || texts.remembers();
        // one record file per document, on every core; the summaries keep the edition's order
        IntStream.range(0, documents.size()).parallel().forEach(i -> {
            Document d = documents.get(i);
            DocumentLinks links = DocumentRecords.linksOf(edition, d.id());
            List<NamedEntity> names = named.getOrDefault(d.id(), List.of());
            List<Object> inputs = remembering ? List.of(d, links, names) : null;
            summary[i] = texts.key(data + "documents.json#" + d.id().value(), () -> inputs,
                    () -> JsonOutput.text(DocumentRecords.summary(d, links, names)));
            row[i] = texts.key(data + "documents.csv#" + d.id().value(), () -> inputs,
                    () -> DocumentsCsv.row(d, links, names));
            String path = DocumentRecords.recordPath(d.id());
            String digest = memo.remembers() ? memo.recall(path, inputs) : null;
            if (digest == null || !tree.keep(path, digest)) {
                tree.write(path, JsonOutput.bytes(DocumentRecords.full(d, links, names)));
                memo.remember(path, inputs, tree.digest(path));
            }
        });
        tree.write(data + "documents.json", JsonOutput.arrayOf(Arrays.asList(summary)));
        tree.write(data + "documents.csv", DocumentsCsv.bytes(Arrays.asList(row)));
        tree.write(data + "datapackage.json", JsonOutput.bytes(DataPackageDescriptor.of(edition)));
        for (String schema : DataPackageDescriptor.schemaFiles()) {
            tree.write(data + schema, resource(schema.substring(schema.lastIndexOf('/') + 1)));
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DataExporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: org/docedition/publish/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
