package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docedition.correct.Corrector;
import org.docedition.ingest.SeedIngester;
import org.docedition.model.Document;
import org.docedition.model.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every document of the seed edition, its CSL-JSON rendered by a real CSL processor
 * (citeproc-java) in the official Chicago notes and GB/T 7714-2015 styles: the collection's year
 * and the document's own date each land where they belong.
 */
class CslRenderingTest {

    static final String CHICAGO = "chicago-notes-bibliography";
    static final String GBT = "china-national-standard-gb-t-7714-2015-numeric";
    static final String BASE = "https://example.org/edition/";

    static List<Document> documents;

    @BeforeAll
    static void read() {
        documents = Corrector.forContent(Path.of("content")).apply(new SeedIngester().ingest(Path.of("seeds"))).documents();
    }

    static CSLItemData item(Document d) throws Exception {
        String json = CitationFormats.cslJson(DocumentCitation.of(d, "Sino-Soviet Relations", BASE,
                SourceStatement.read(ContentPageReader.forProject(Path.of("content")), d.source().id())));
        List<Map<String, Object>> items = new ObjectMapper().readValue(json, new TypeReference<>() { });
        return CSLItemData.fromJson(items.get(0));
    }

    static String render(String style, String locale, CSLItemData item) throws Exception {
        CSL csl = new CSL(new ListItemDataProvider(item), style, locale);
        csl.setOutputFormat("text");
        csl.registerCitationItems(item.getId());
        return csl.makeBibliography().makeString().strip();
    }

    /** The document's date as Chicago prints it ({@code October 12, 1954}), as GB/T does ({@code 1954-10-12}). */
    static String long_(Document d) {
        return d.date().orElseThrow().label();
    }

    @Test
    void everyDocument_chicagoNotes_printsTheCollectionsYearAsThePublicationsAndTheDocumentsDateApart() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Document d : documents) {
            String out = render(CHICAGO, "en-US", item(d));
            if (d.kind() == Kind.COLLECTION) {
                // the book's year closes the publication data; the document's year is its own, given before it
                boolean year = out.contains(", 2015.") || out.contains(" 2015.");
                boolean own = d.date().isEmpty() || out.contains(d.date().get().year() + ", 2015");
                if (!year || !own || out.contains("Collection of Documents, " + d.date().map(x -> x.year() + ".").orElse("-"))) {
                    wrong.add(d.id().value() + ": " + out);
                }
            } else if (d.date().isPresent() && !out.contains(long_(d))) {
                wrong.add(d.id().value() + ": " + out);
            }
            if (!out.contains(BASE + d.id().url())) {
                wrong.add(d.id().value() + " (no address): " + out);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertFalse(documents.isEmpty());
    }

    @Test
    void everyDocument_gbt7714_printsTheCollectionsYearAfterTheBookAndANewspapersDateWithItsPage() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Document d : documents) {
            String out = render(GBT, "zh-CN", item(d));
            String iso = d.date().map(x -> x.iso()).orElse("");
            boolean ok = switch (d.kind()) {
                case COLLECTION -> out.contains("Collection of documents. 2015") && !out.contains("documents. " + iso);
                case NEWSPAPER -> out.contains("[N/OL]") && out.contains(", " + iso + "(" + d.page() + ")");
                default -> iso.isEmpty() || out.contains("(" + iso + ")");
            };
            if (!ok) {
                wrong.add(d.id().value() + ": " + out);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyDocumentWithAnAuthor_namesItAsALiteralName_neverSplitIntoGivenAndFamily() throws Exception {
        for (Document d : documents) {
            CSLItemData item = item(d);
            if (item.getAuthor() == null) {
                continue;
            }
            for (var name : item.getAuthor()) {
                assertEquals(d.author().strip(), name.getLiteral(), d.id().value());
                assertNull(name.getFamily(), d.id().value());
                assertNull(name.getGiven(), d.id().value());
            }
            assertTrue(render(CHICAGO, "en-US", item).contains(d.author().strip()), d.id().value());
        }
    }

    @Test
    void chineseAuthor_isPrintedWhole_inBothStyles() throws Exception {
        CSLItemData item = CSLItemData.fromJson(new ObjectMapper().readValue("""
                {"id":"x","type":"article-newspaper","title":"中苏文化合作会谈结束","container-title":"人民日报",
                 "author":[{"literal":"新华社"}],"issued":{"date-parts":[[1957,11,23]]},"page":"6"}
                """, new TypeReference<Map<String, Object>>() { }));
        assertTrue(render(GBT, "zh-CN", item).contains("新华社. 中苏文化合作会谈结束[N]. 人民日报, 1957-11-23(6)."),
                render(GBT, "zh-CN", item));
    }
}
