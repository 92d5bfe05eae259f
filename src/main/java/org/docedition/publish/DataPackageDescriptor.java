package org.docedition.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.docedition.link.Edition;
import org.docedition.model.Document;
import org.docedition.model.Kind;
import org.docedition.model.Source;

/**
 * {@code data/datapackage.json}: a Frictionless Data Package (v1 profiles) describing the exports.
 *
 * <p>The CSV is a Tabular Data Resource with a Table Schema. The JSON files are plain Data
 * Resources; Table Schema cannot describe nested JSON, so each names a JSON Schema file in
 * {@code data/schemas/} under the extra property {@code jsonSchema} (the property Data Package v2
 * uses for the same purpose). Every per-document file is its own resource, so a harvester can
 * find and validate each without guessing file names.
 */
final class DataPackageDescriptor {

    static final String SUMMARY_SCHEMA = "schemas/documents.schema.json";
    static final String RECORD_SCHEMA = "schemas/document.schema.json";

    private DataPackageDescriptor() {
    }

    static ObjectNode of(Edition edition) {
        ObjectNode p = JsonOutput.object();
        p.put("profile", "data-package");
        p.put("name", "edition-documents");
        p.put("title", "Documents of the edition");
        p.put("description", "Every document and catalogue entry of the edition, from: "
                + edition.sources().stream().map(Source::title).collect(Collectors.joining("; "))
                + ". URLs are relative to the site root (the folder above data/). documents.csv and "
                + "documents.json hold one summary per document in chronological order; "
                + "documents/<id>.json holds the full record (text, footnotes, original, citations, links).");
        ArrayNode resources = p.putArray("resources");
        resources.add(csvResource());
        resources.add(jsonResource("documents-json", "documents.json",
                "One summary object per document, in chronological order.", SUMMARY_SCHEMA));
        for (Document d : edition.documents()) {
            // no per-file description: the package's description says what these are, and at
            // 10,000 documents every repeated byte here costs 10 KB
            resources.add(jsonResource("document-" + d.id().value(), "documents/" + d.id().value() + ".json",
                    null, RECORD_SCHEMA));
        }
        return p;
    }

    private static ObjectNode jsonResource(String name, String path, String description, String schema) {
        ObjectNode r = JsonOutput.object();
        r.put("profile", "data-resource");
        r.put("name", name);
        r.put("path", path);
        if (description != null) {
            r.put("description", description);
        }
        r.put("format", "json");
        r.put("mediatype", "application/json");
        r.put("encoding", "utf-8");
        r.put("jsonSchema", schema);
        return r;
    }

    private static ObjectNode csvResource() {
        ObjectNode r = JsonOutput.object();
        r.put("profile", "tabular-data-resource");
        r.put("name", "documents");
        r.put("path", "documents.csv");
        r.put("description", "One row per document, in chronological order (RFC 4180, UTF-8, CRLF).");
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        ObjectNode dialect = r.putObject("dialect");
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\r\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        ObjectNode schema = r.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        required(field(fields, "id", "string", "Stable document id; the page is documents/<id>.html."))
                .put("unique", true).put("pattern", "[a-z0-9]+(-[a-z0-9]+)*");
        required(field(fields, "url", "string", "The document's page, relative to the site root."));
        required(field(fields, "title", "string", "Title (English translation where the source is not in English)."));
        constraints(field(fields, "date", "string",
                "ISO 8601 as precise as the source: 1954, 1954-01 or 1954-01-05; empty if undated."))
                .put("pattern", "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
        ArrayNode kinds = required(field(fields, "kind", "string", "Kind of source.")).putArray("enum");
        for (Kind k : Kind.values()) {
            kinds.add(k.slug());
        }
        field(fields, "number", "string", "The source's own document number as printed; empty if none.");
        required(field(fields, "source", "string", "The seed file the document was read from."));
        field(fields, "references", "string", "Distinct cited document numbers as number=target pairs joined "
                + "by '; ', target empty when the number is not in this edition: 89=sscr-1952-1955-doc-89; 68=");
        constraints(field(fields, "precision", "string", "Precision of date: day, month or year; empty if undated."))
                .putArray("enum").add("day").add("month").add("year");
        required(field(fields, "publication", "string", "Id of the publication the document belongs to."));
        required(field(fields, "publicationTitle", "string", "Title of that publication."));
        ObjectNode text = field(fields, "textInSource", "boolean",
                "false for an entry whose text this source does not hold.");
        text.putArray("trueValues").add("true");
        text.putArray("falseValues").add("false");
        required(text);
        required(field(fields, "record", "string", "The full JSON record, relative to the site root."));
        field(fields, "persons", "string", "Ids of the persons the document names (pages persons/<id>.html), joined by ' | '.");
        field(fields, "places", "string", "Ids of the places the document names (pages places/<id>.html), joined by ' | '.");
        schema.putArray("primaryKey").add("id");
        schema.putArray("missingValues").add("");
        return r;
    }

    private static ObjectNode field(ArrayNode fields, String name, String type, String description) {
        ObjectNode f = fields.addObject();
        f.put("name", name);
        f.put("type", type);
        f.put("description", description);
        return f;
    }

    private static ObjectNode constraints(ObjectNode field) {
        return field.has("constraints") ? (ObjectNode) field.get("constraints") : field.putObject("constraints");
    }

    private static ObjectNode required(ObjectNode field) {
        return constraints(field).put("required", true);
    }

    static List<String> schemaFiles() {
        return List.of(SUMMARY_SCHEMA, RECORD_SCHEMA);
    }
}
