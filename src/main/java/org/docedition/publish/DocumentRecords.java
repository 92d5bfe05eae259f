package org.docedition.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.docedition.link.DocumentLinks;
import org.docedition.link.Edition;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Paragraph;
import org.docedition.model.Reference;

/**
 * A document as data: the summary row of {@code documents.json} and {@code documents.csv}, and the
 * full record of {@code documents/<id>.json}. Both start with the same core fields in the same order.
 */
final class DocumentRecords {

    private static final DocumentLinks NO_LINKS = new DocumentLinks(List.of(), Optional.empty(), Optional.empty(),
            List.of());

    private DocumentRecords() {
    }

    /** Site-relative path of a document's full record. */
    static String recordPath(DocumentId id) {
        return "data/documents/" + id.value() + ".json";
    }

    /** The seed file's name only: the location may carry a folder ({@code seeds/003.txt}). */
    static String seedFileName(Document d) {
        Path name = Path.of(d.location().file()).getFileName();
        return name == null ? d.location().file() : name.toString();
    }

    static Optional<String> precision(Document d) {
        return d.date().map(HistoricalDate::precision).map(p -> p.name().toLowerCase(Locale.ROOT));
    }

    static DocumentLinks linksOf(Edition edition, DocumentId id) {
        return edition.links().getOrDefault(id, NO_LINKS);
    }

    /**
     * The distinct numbers a document cites, each with the id it resolves to (or empty), in the
     * order first cited. The full record keeps every occurrence with its phrase and line.
     */
    static Map<String, Optional<DocumentId>> citedNumbers(DocumentLinks links) {
        Map<String, Optional<DocumentId>> cited = new LinkedHashMap<>();
        for (Reference r : links.references()) {
            cited.putIfAbsent(r.number(), r.target());
        }
        return cited;
    }

    /** The summary row: id, url, title, date, kind, number, source, references, then extras. */
    static ObjectNode summary(Document d, DocumentLinks links) {
        return summary(d, links, List.of());
    }

    /** The summary row, then the ids of the persons and places {@code d} names. */
    static ObjectNode summary(Document d, DocumentLinks links, List<NamedEntity> named) {
        ObjectNode o = core(d);
        ArrayNode refs = o.putArray("references");
        citedNumbers(links).forEach((number, target) -> {
            ObjectNode r = refs.addObject();
            r.put("number", number);
            r.put("target", target.map(DocumentId::value).orElse(null));
        });
        extras(o, d);
        ArrayNode persons = o.putArray("persons");
        ArrayNode places = o.putArray("places");
        named.forEach(n -> (n.place() ? places : persons).add(n.id()));
        return o;
    }

    /** Everything the edition knows about one document. */
    static ObjectNode full(Document d, DocumentLinks links) {
        return full(d, links, List.of());
    }

    /** Everything the edition knows about one document, with the persons and places it names. */
    static ObjectNode full(Document d, DocumentLinks links, List<NamedEntity> named) {
        ObjectNode o = core(d);
        ArrayNode refs = o.putArray("references");
        for (Reference r : links.references()) {
            ObjectNode ref = refs.addObject();
            ref.put("number", r.number());
            ref.put("target", r.target().map(DocumentId::value).orElse(null));
            ref.put("phrase", r.phrase());
            ref.put("line", r.line());
        }
        extras(o, d);
        o.put("dateLabel", d.date().map(HistoricalDate::label).orElse(null));
        o.put("numberMark", d.numberMark());
        o.put("author", d.author());
        o.put("page", d.page());
        ObjectNode lines = o.putObject("sourceLines");
        lines.put("first", d.location().firstLine());
        lines.put("last", d.location().lastLine());
        if (d.printed().isPresent()) {
            ObjectNode p = o.putObject("printed");
            p.put("title", d.printed().get().title());
            p.put("pages", d.printed().get().pages());
            p.put("citation", d.printed().get().citation());
        } else {
            o.putNull("printed");
        }
        if (d.archive().isPresent()) {
            ObjectNode a = o.putObject("archive");
            a.put("text", d.archive().get().text());
            a.put("line", d.archive().get().line());
        } else {
            o.putNull("archive");
        }
        paragraphs(o.putArray("paragraphs"), d.paragraphs());
        ArrayNode notes = o.putArray("footnotes");
        for (Footnote f : d.footnotes()) {
            ObjectNode n = notes.addObject();
            n.put("ordinal", f.ordinal());
            n.put("marker", f.marker());
            n.put("text", f.text());
            n.put("line", f.line());
        }
        if (d.original().isPresent()) {
            var orig = d.original().get();
            ObjectNode t = o.putObject("original");
            t.put("language", orig.language());
            t.put("title", orig.title());
            t.put("dateline", orig.dateline());
            t.put("page", orig.page());
            t.put("column", orig.column());
            paragraphs(t.putArray("paragraphs"), orig.paragraphs());
        } else {
            o.putNull("original");
        }
        ArrayNode citedBy = o.putArray("citedBy");
        links.citedBy().forEach(id -> citedBy.add(id.value()));
        o.put("previous", links.previous().map(DocumentId::value).orElse(null));
        o.put("next", links.next().map(DocumentId::value).orElse(null));
        ArrayNode persons = o.putArray("persons");
        ArrayNode places = o.putArray("places");
        for (NamedEntity n : named) {
            ObjectNode e = (n.place() ? places : persons).addObject();
            e.put("id", n.id());
            e.put("name", n.name());
            e.put("url", n.url());
            ArrayNode same = e.putArray("sameAs");
            n.sameAs().forEach(same::add);
        }
        return o;
    }

    private static ObjectNode core(Document d) {
        ObjectNode o = JsonOutput.object();
        o.put("id", d.id().value());
        o.put("url", d.id().url());
        o.put("title", d.title());
        o.put("date", d.date().map(HistoricalDate::iso).orElse(null));
        o.put("kind", d.kind().slug());
        o.put("number", d.number().orElse(null));
        o.put("source", seedFileName(d));
        return o;
    }

    private static void extras(ObjectNode o, Document d) {
        o.put("precision", precision(d).orElse(null));
        o.put("publication", d.source().id());
        o.put("publicationTitle", d.source().title());
        o.put("textInSource", d.textInSource());
        o.put("record", recordPath(d.id()));
    }

    private static void paragraphs(ArrayNode into, List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            ObjectNode n = into.addObject();
            n.put("text", p.text());
            n.put("line", p.line());
        }
    }
}
