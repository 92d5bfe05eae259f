package org.docedition.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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

    /** The folder under the site root that holds the exports. */
    public static final String DATA_DIR = "data";

    /**
     * Writes every export of {@code edition} under {@code siteDir/data}.
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public void write(Edition edition, Path siteDir) {
        Path data = siteDir.resolve(DATA_DIR);
        ArrayNode summaries = JsonOutput.array();
        for (Document d : edition.documents()) {
            DocumentLinks links = DocumentRecords.linksOf(edition, d.id());
            summaries.add(DocumentRecords.summary(d, links));
            JsonOutput.write(siteDir.resolve(DocumentRecords.recordPath(d.id())), DocumentRecords.full(d, links));
        }
        JsonOutput.write(data.resolve("documents.json"), summaries);
        SiteFiles.write(data.resolve("documents.csv"), DocumentsCsv.bytes(edition));
        JsonOutput.write(data.resolve("datapackage.json"), DataPackageDescriptor.of(edition));
        for (String schema : DataPackageDescriptor.schemaFiles()) {
            SiteFiles.write(data.resolve(schema), resource(schema.substring(schema.lastIndexOf('/') + 1)));
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
