package org.docedition.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Cite this document" part of a document page's model: the Chicago note, the addresses of the
 * citation files, and the metadata harvesters and reference managers read from the page's head
 * (Highwire Press {@code citation_*} tags for Zotero and Google Scholar, Dublin Core, schema.org
 * JSON-LD; the canonical address is the layout's, as on every page).
 */
final class CitationPageModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CitationPageModel() {
    }

    /**
     * Keys: note (HTML), bib, ris, csl, tei (site-relative paths), highwire and dublinCore (lists of
     * {name, content}), jsonLd (a JSON text safe inside {@code <script>}).
     */
    static Map<String, Object> of(DocumentCitation c) {
        return of(c, List.of());
    }

    /**
     * The same, the JSON-LD also giving what the document {@code mentions}: persons and places,
     * each with keys type ("Person", "Place"), name, path (site-relative page) and sameAs (addresses
     * of authority records).
     */
    static Map<String, Object> of(DocumentCitation c, List<Map<String, Object>> mentions) {
        Map<String, Object> m = new HashMap<>(12);
        m.put("note", ChicagoNote.html(c));
        m.put("gbt", GbtCitation.text(c));
        m.put("gbtLang", c.isNewspaper() && !c.originalTitle().isEmpty() ? "zh-Hans" : "en");
        m.put("bib", CitationFormats.DIR + c.id() + ".bib");
        m.put("ris", CitationFormats.DIR + c.id() + ".ris");
        m.put("csl", CitationFormats.DIR + c.id() + ".json");
        m.put("tei", org.docedition.tei.TeiExporter.TEI_DIR + c.id() + ".xml");
        m.put("highwire", highwire(c));
        m.put("dublinCore", dublinCore(c));
        m.put("jsonLd", jsonLd(c, mentions));
        return m;
    }

    private static List<Map<String, String>> highwire(DocumentCitation c) {
        List<Map<String, String>> t = new ArrayList<>();
        add(t, "citation_title", c.title());
        add(t, "citation_author", c.author());
        c.date().ifPresent(d -> add(t, "citation_publication_date", d.iso().replace('-', '/')));
        if (c.isInBook()) {
            add(t, "citation_inbook_title", c.container());
        } else if (c.isNewspaper()) {
            add(t, "citation_journal_title", c.container());
        } else {
            add(t, "citation_publisher", c.container());
        }
        add(t, "citation_firstpage", c.firstPage());
        add(t, "citation_lastpage", c.lastPage());
        add(t, "citation_technical_report_number", c.isInBook() ? "" : c.number());
        add(t, "citation_language", "en");
        c.url().ifPresent(u -> add(t, "citation_fulltext_html_url", u));
        return t;
    }

    private static List<Map<String, String>> dublinCore(DocumentCitation c) {
        List<Map<String, String>> t = new ArrayList<>();
        add(t, "DC.title", c.title());
        add(t, "DC.creator", c.author());
        c.date().ifPresent(d -> add(t, "DC.date", d.iso()));
        add(t, "DC.type", "Text");
        add(t, "DC.format", "text/html");
        add(t, "DC.language", "en");
        add(t, "DC.source", source(c));
        add(t, "DC.publisher", c.edition());
        add(t, "DC.identifier", c.url().orElse(c.sitePath()));
        return t;
    }

    /** The holding publication with number, pages and archive, as Dublin Core's free-text source. */
    private static String source(DocumentCitation c) {
        StringBuilder s = new StringBuilder(c.container());
        if (!c.containerYear().isEmpty()) {
            s.append(" (").append(c.containerYear()).append(')');
        }
        if (!c.number().isEmpty()) {
            s.append(", doc. ").append(c.number());
        }
        if (!c.pages().isEmpty()) {
            s.append(c.isNewspaper() ? ", p. " : ", pp. ").append(c.pages());
        }
        if (!c.archive().isEmpty()) {
            s.append("; ").append(c.archive());
        }
        return s.toString();
    }

    @SuppressWarnings("unchecked")
    private static String jsonLd(DocumentCitation c, List<Map<String, Object>> mentions) {
        ObjectNode o = JSON.createObjectNode();
        o.put("@context", "https://schema.org");
        o.put("@type", c.isNewspaper() ? "NewsArticle" : "CreativeWork");
        c.url().ifPresent(u -> o.put("@id", u).put("url", u));
        o.put(c.isNewspaper() ? "headline" : "name", c.title());
        if (!c.author().isEmpty()) {
            o.putObject("author").put("@type", "Person").put("name", c.author());
        }
        c.date().ifPresent(d -> o.put(c.isNewspaper() ? "datePublished" : "dateCreated", d.iso()));
        o.put("inLanguage", "en");
        if (!c.originalLanguage().isEmpty()) {
            o.putObject("translationOfWork").put("@type", "CreativeWork").put("inLanguage", c.originalLanguage());
        }
        ObjectNode part = o.putObject("isPartOf");
        part.put("@type", c.isInBook() ? "Book" : c.isNewspaper() ? "Newspaper" : "ArchiveComponent");
        part.put("name", c.container());
        if (!c.containerYear().isEmpty()) {
            part.put("datePublished", c.containerYear());
        }
        if (!c.number().isEmpty()) {
            o.put("position", c.number());
        }
        if (!c.pages().isEmpty()) {
            o.put("pagination", c.pages());
        }
        if (!c.archive().isEmpty()) {
            o.putObject("archivedAt").put("@type", "ArchiveComponent").put("name", c.archive());
        }
        o.put("citation", ChicagoNote.text(c));
        if (!mentions.isEmpty()) {
            var list = o.putArray("mentions");
            for (Map<String, Object> e : mentions) {
                ObjectNode n = list.addObject();
                n.put("@type", (String) e.get("type"));
                n.put("name", (String) e.get("name"));
                // the page's address when the site's is known; a relative one means nothing in JSON-LD
                String base = c.url().map(u -> u.substring(0, u.length() - c.sitePath().length())).orElse("");
                if (!base.isEmpty()) {
                    n.put("url", base + e.get("path"));
                }
                List<String> same = (List<String>) e.get("sameAs");
                if (!same.isEmpty()) {
                    var arr = n.putArray("sameAs");
                    same.forEach(arr::add);
                }
            }
        }
        try {
            // "</script>" must not occur in the script element; \u003c is the same JSON
            return JSON.writeValueAsString(o).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(List<Map<String, String>> tags, String name, String content) {
        if (!content.isEmpty()) {
            tags.add(Map.of("name", name, "content", content));
        }
    }
}
