package org.docedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataExporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path site;

    @BeforeEach
    void export() {
        new DataExporter().write(PublishFixtures.edition(), site);
    }

    private JsonNode read(String path) throws IOException {
        return JSON.readTree(site.resolve(path).toFile());
    }

    private JsonNode summary(String id) throws IOException {
        for (JsonNode d : read("data/documents.json")) {
            if (d.get("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no summary for " + id);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void write_documentsJson_startsWithTheArchitectureFieldsInOrder() throws IOException {
        JsonNode docs = read("data/documents.json");
        assertEquals(4, docs.size());
        for (JsonNode d : docs) {
            assertEquals(List.of("id", "url", "title", "date", "kind", "number", "source", "references"),
                    fieldNames(d).subList(0, 8));
        }
        JsonNode d89 = summary("sscr-1952-1955-doc-89");
        assertEquals("documents/sscr-1952-1955-doc-89.html", d89.get("url").asText());
        assertEquals(PublishFixtures.AWKWARD_TITLE, d89.get("title").asText());
        assertEquals("collection", d89.get("kind").asText());
        assertEquals("89", d89.get("number").asText());
        assertTrue(d89.get("number").isTextual(), "numbers are strings, as printed");
    }

    @Test
    void write_documentsJson_keepsTheEditionsChronologicalOrder() throws IOException {
        List<String> ids = new ArrayList<>();
        read("data/documents.json").forEach(d -> ids.add(d.get("id").asText()));
        assertEquals(List.of("peoples-daily-1954-p1", "sscr-1952-1955-doc-89", "sscr-1952-1955-doc-90",
                "wilson-center-undated-entry"), ids);
    }

    @Test
    void write_dates_areIsoAsPreciseAsTheSource() throws IOException {
        assertEquals("1954-01-05", summary("sscr-1952-1955-doc-89").get("date").asText());
        assertEquals("1954-02", summary("sscr-1952-1955-doc-90").get("date").asText());
        assertEquals("1954", summary("peoples-daily-1954-p1").get("date").asText());
        assertEquals("month", summary("sscr-1952-1955-doc-90").get("precision").asText());
    }

    @Test
    void write_undatedUnnumberedEntry_hasExplicitNulls() throws IOException {
        JsonNode entry = summary("wilson-center-undated-entry");
        assertTrue(entry.has("date") && entry.get("date").isNull(), "date present and null");
        assertTrue(entry.has("number") && entry.get("number").isNull(), "number present and null");
        assertTrue(entry.get("precision").isNull());
        assertFalse(entry.get("textInSource").asBoolean());
        assertEquals(0, entry.get("references").size());
    }

    @Test
    void write_references_listEachCitedNumberOnceWithNullWhenUnresolved() throws IOException {
        JsonNode refs = summary("sscr-1952-1955-doc-90").get("references");
        assertEquals(2, refs.size(), refs.toString());
        assertEquals("89", refs.get(0).get("number").asText());
        assertEquals("sscr-1952-1955-doc-89", refs.get(0).get("target").asText());
        assertEquals("68", refs.get(1).get("number").asText());
        assertTrue(refs.get(1).has("target") && refs.get(1).get("target").isNull());
    }

    @Test
    void write_source_isTheSeedFileNameWithoutFolder() throws IOException {
        assertEquals("003_collection.txt", summary("sscr-1952-1955-doc-89").get("source").asText());
        assertEquals("000_article.txt", summary("peoples-daily-1954-p1").get("source").asText());
    }

    @Test
    void write_perDocumentRecord_holdsTextFootnotesCitationsAndLinks() throws IOException {
        JsonNode d89 = read("data/documents/sscr-1952-1955-doc-89.json");
        assertEquals(fieldNames(summary("sscr-1952-1955-doc-89")).subList(0, 8), fieldNames(d89).subList(0, 8));
        assertEquals(2, d89.get("paragraphs").size());
        assertEquals("First paragraph of the talk.", d89.get("paragraphs").get(0).get("text").asText());
        assertEquals(13, d89.get("paragraphs").get(0).get("line").asInt());
        assertEquals("Zhou Enlai (1898-1976), premier.", d89.get("footnotes").get(0).get("text").asText());
        assertEquals("pp. 162-166", d89.get("printed").get("pages").asText());
        assertEquals("AVPRF. F. 0100. Op. 47. P. 384. D. 52. L. 12-20.", d89.get("archive").get("text").asText());
        assertTrue(d89.get("original").isNull());
        assertEquals("sscr-1952-1955-doc-90", d89.get("citedBy").get(0).asText());
        assertEquals("sscr-1952-1955-doc-90", d89.get("next").asText());
        assertEquals("January 5, 1954", d89.get("dateLabel").asText());

        JsonNode d90 = read("data/documents/sscr-1952-1955-doc-90.json");
        assertEquals(3, d90.get("references").size(), "every occurrence, with its phrase");
        assertEquals("See also doc. 89", d90.get("references").get(2).get("phrase").asText());
        assertEquals("*", d90.get("numberMark").asText());
        assertTrue(d90.get("printed").isNull());
    }

    @Test
    void write_original_isKeptApartAndWrittenAsUtf8() throws IOException {
        JsonNode article = read("data/documents/peoples-daily-1954-p1.json");
        assertEquals("zh-Hans", article.get("original").get("language").asText());
        assertEquals("友谊在增长。", article.get("original").get("paragraphs").get(0).get("text").asText());
        String raw = Files.readString(site.resolve("data/documents/peoples-daily-1954-p1.json"), StandardCharsets.UTF_8);
        assertTrue(raw.contains("人民的友谊"), "Chinese written as text, not \\u escapes");
        assertFalse(raw.contains("\r"), "LF line ends on every platform");
    }

    @Test
    void write_csv_escapesQuotesCommasAndNewlinesPerRfc4180() throws IOException {
        String csv = Files.readString(site.resolve("data/documents.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",\"Record of talk, \"\"Mao\"\" and\nMolotov\","), csv);
        List<List<String>> rows = Rfc4180.parse(csv);
        assertEquals(5, rows.size(), "header and one row per document");
        assertTrue(rows.stream().allMatch(r -> r.size() == DocumentsCsv.COLUMNS.size()));
        List<String> d89 = rows.get(2);
        assertEquals("sscr-1952-1955-doc-89", d89.get(0));
        assertEquals(PublishFixtures.AWKWARD_TITLE, d89.get(2));
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void write_csv_listsReferencesAsNumberEqualsTargetWithEmptyTargetWhenUnresolved() throws IOException {
        List<List<String>> rows = Rfc4180.parse(Files.readString(site.resolve("data/documents.csv")));
        int refs = rows.get(0).indexOf("references");
        assertEquals("89=sscr-1952-1955-doc-89; 68=", rows.get(3).get(refs));
        List<String> entry = rows.get(4);
        assertEquals("", entry.get(rows.get(0).indexOf("date")), "missing date is an empty field");
        assertEquals("", entry.get(rows.get(0).indexOf("number")));
    }

    @Test
    void write_datapackage_describesEveryDataFileAndMatchesTheCsvHeader() throws IOException {
        JsonNode pkg = read("data/datapackage.json");
        Set<String> described = new HashSet<>();
        for (JsonNode r : pkg.get("resources")) {
            String path = r.get("path").asText();
            described.add(path);
            assertTrue(Files.isRegularFile(site.resolve("data").resolve(path)), "resource file exists: " + path);
            if (r.has("jsonSchema")) {
                assertTrue(Files.isRegularFile(site.resolve("data").resolve(r.get("jsonSchema").asText())));
            }
        }
        assertTrue(described.contains("documents.csv") && described.contains("documents.json"));
        for (String id : List.of("sscr-1952-1955-doc-89", "wilson-center-undated-entry")) {
            assertTrue(described.contains("documents/" + id + ".json"), id);
        }
        JsonNode csv = pkg.get("resources").get(0);
        assertEquals("tabular-data-resource", csv.get("profile").asText());
        List<String> schemaFields = new ArrayList<>();
        csv.get("schema").get("fields").forEach(f -> schemaFields.add(f.get("name").asText()));
        List<String> header = Rfc4180.parse(Files.readString(site.resolve("data/documents.csv"))).get(0);
        assertEquals(header, schemaFields);
    }

    @Test
    void write_jsonSchemas_requireExactlyTheFieldsWritten() throws IOException {
        JsonNode summarySchema = read("data/schemas/documents.schema.json").get("definitions").get("summary");
        assertEquals(new HashSet<>(fieldNames(summary("sscr-1952-1955-doc-90"))),
                toSet(summarySchema.get("required")));
        assertEquals(toSet(summarySchema.get("required")), new HashSet<>(fieldNames(summarySchema.get("properties"))));
        JsonNode recordSchema = read("data/schemas/document.schema.json");
        JsonNode record = read("data/documents/sscr-1952-1955-doc-90.json");
        assertEquals(new HashSet<>(fieldNames(record)), toSet(recordSchema.get("required")));
        assertEquals(toSet(recordSchema.get("required")), new HashSet<>(fieldNames(recordSchema.get("properties"))));
    }

    @Test
    void write_twice_givesByteIdenticalFiles(@TempDir Path other) {
        new DataExporter().write(PublishFixtures.edition(), other);
        assertEquals(PublishFixtures.digest(site), PublishFixtures.digest(other));
    }

    private static Set<String> toSet(JsonNode array) {
        Set<String> s = new HashSet<>();
        array.forEach(n -> s.add(n.asText()));
        return s;
    }

    /** A strict RFC 4180 reader, independent of the writer under test. */
    static final class Rfc4180 {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            boolean quoted = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                    i++;
                } else if (c == '"') {
                    if (field.length() > 0) {
                        throw new AssertionError("quote inside an unquoted field at " + i);
                    }
                    quoted = true;
                    i++;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    i++;
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i += 2;
                } else if (c == '\n' || c == '\r') {
                    throw new AssertionError("bare line break outside quotes at " + i);
                } else {
                    field.append(c);
                    i++;
                }
            }
            if (quoted) {
                throw new AssertionError("unterminated quoted field");
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
