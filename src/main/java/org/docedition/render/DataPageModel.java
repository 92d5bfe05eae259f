package org.docedition.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docedition.link.Edition;
import org.docedition.model.Document;

/**
 * The model of {@code data.html}, the page that links the edition's open data: the files the
 * export stage writes for the whole edition, and the files every document has (its record and its
 * citation files), shown with the first document's as an example.
 */
final class DataPageModel {

    /** Where the page is written, site-relative. */
    static final String PATH = "data.html";

    /**
     * One file for the whole edition, as the page lists it.
     *
     * @param url         site-relative path of the file
     * @param title       what it holds, as a heading
     * @param format      its format, named as its readers know it
     * @param description what a reader finds in it, one or two sentences
     * @param needsSiteUrl whether the build writes it only when the site's address is known
     */
    record Export(String url, String title, String format, String description, boolean needsSiteUrl) implements java.io.Serializable {

        Export(String url, String title, String format, String description) {
            this(url, title, format, description, false);
        }
    }

    /** The edition-wide files, in the page's order: one line per export. */
    static final List<Export> EXPORTS = List.of(
            new Export("data/documents.csv", "Documents as a table", "CSV (RFC 4180), UTF-8",
                    "One row per document: id, address, title, date and its precision, kind, number, source, "
                            + "the documents it refers to, and its record file. Opens in a spreadsheet."),
            new Export("data/documents.json", "Documents as JSON", "JSON",
                    "The same summaries as an array of objects, described by data/schemas/documents.schema.json."),
            new Export("data/datapackage.json", "Data package", "Frictionless Data Package",
                    "Describes the table, the JSON files and every document's record, with their schemas, for "
                            + "tools that read data packages."),
            new Export("feed.xml", "Feed of the documents", "Atom",
                    "One entry per document, newest document date first, with a summary of its text: "
                            + "subscribe in a feed reader to see documents as they are added."),
            new Export(org.docedition.tei.TeiExporter.CORPUS, "The edition in TEI", "TEI P5 XML (teiCorpus)",
                    "Every document as one TEI corpus: header with sources and archive citations, text with notes "
                            + "at their markers, links between documents and the originals; valid against TEI P5 "
                            + "tei_all. Each document also has its own TEI file, data/tei/<id>.xml."),
            new Export(org.docedition.tei.TeiExporter.OAI, "Records for library harvesting",
                    "OAI-PMH static repository, Dublin Core",
                    "One Dublin Core record per document (title, creator, date, language, address, printed source "
                            + "or archive citation), for a static repository gateway to serve to harvesters over "
                            + "OAI-PMH.", true),
            new Export("sitemap.xml", "Sitemap", "Sitemaps XML", "Every page of the site, for harvesters.", true),
            new Export("manifest-sha256.txt", "Checksums", "SHA-256 manifest",
                    "The SHA-256 of every file of the site: check a copy with sha256sum -c manifest-sha256.txt."));

    private DataPageModel() {
    }

    /**
     * Keys: exports (url, title, format, description), total (documents), and, when the edition has
     * a document, example (title, url, record, bib, ris, csl: site-relative paths of its page and files).
     */
    static Map<String, Object> of(Edition edition, boolean siteUrlKnown) {
        List<Map<String, Object>> exports = new ArrayList<>(EXPORTS.size());
        for (Export e : EXPORTS) {
            if (e.needsSiteUrl() && !siteUrlKnown) {
                continue;
            }
            exports.add(Map.of("url", e.url(), "title", e.title(), "format", e.format(), "description",
                    e.description()));
        }
        Map<String, Object> m = new HashMap<>(4);
        m.put("exports", exports);
        m.put("total", edition.documents().size());
        if (!edition.documents().isEmpty()) {
            Document d = edition.documents().get(0);
            String id = d.id().value();
            m.put("example", Map.of("title", d.title(), "url", d.id().url(),
                    "record", "data/documents/" + id + ".json",
                    "bib", CitationFormats.DIR + id + ".bib", "ris", CitationFormats.DIR + id + ".ris",
                    "csl", CitationFormats.DIR + id + ".json",
                    "tei", org.docedition.tei.TeiExporter.path(d.id())));
        }
        return m;
    }
}
