package org.docedition.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docedition.link.DocumentLinks;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.HistoricalDate;

/**
 * {@code documents.csv}: the summary rows as RFC 4180 CSV (UTF-8, CRLF, a header row, fields
 * quoted only when they hold a comma, quote, CR or LF, quotes doubled).
 *
 * <p>The {@code references} column lists the cited numbers as {@code number=target} pairs joined
 * by {@code "; "}; an unresolved number has nothing after {@code =}:
 * {@code 89=sscr-1952-1955-doc-89; 68=}. Absent values (no date, no number) are empty fields.
 */
final class DocumentsCsv {

    static final List<String> COLUMNS = List.of("id", "url", "title", "date", "kind", "number", "source",
            "references", "precision", "publication", "publicationTitle", "textInSource", "record", "persons", "places");

    private DocumentsCsv() {
    }

    /** The file of the header and {@code rows}, each as {@link #row} gives it. */
    static byte[] bytes(List<String> rows) {
        int length = 256;
        for (String r : rows) {
            length += r.length();
        }
        StringBuilder out = new StringBuilder(length);
        row(out, COLUMNS);
        rows.forEach(out::append);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The row of {@code d}, whose links are {@code links}, with its line end. */
    static String row(Document d, DocumentLinks links) {
        return row(d, links, List.of());
    }

    /** The row of {@code d}, with the ids of the persons and places it names ({@code a | b}). */
    static String row(Document d, DocumentLinks links, List<NamedEntity> named) {
        StringBuilder out = new StringBuilder(256);
        row(out, List.of(
                d.id().value(),
                d.id().url(),
                d.title(),
                d.date().map(HistoricalDate::iso).orElse(""),
                d.kind().slug(),
                d.number().orElse(""),
                DocumentRecords.seedFileName(d),
                references(DocumentRecords.citedNumbers(links)),
                DocumentRecords.precision(d).orElse(""),
                d.source().id(),
                d.source().title(),
                Boolean.toString(d.textInSource()),
                DocumentRecords.recordPath(d.id()),
                String.join(" | ", named.stream().filter(n -> !n.place()).map(NamedEntity::id).toList()),
                String.join(" | ", named.stream().filter(NamedEntity::place).map(NamedEntity::id).toList())));
        return out.toString();
    }

    /** {@code 89=sscr-1952-1955-doc-89; 68=}. */
    static String references(Map<String, Optional<DocumentId>> cited) {
        List<String> pairs = new ArrayList<>();
        cited.forEach((number, target) -> pairs.add(number + "=" + target.map(DocumentId::value).orElse("")));
        return String.join("; ", pairs);
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
