package org.docedition.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.docedition.model.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor adds documents in the canonical seed format beside the legacy seeds: they are built,
 * cross-linked and checked for lost text like the others, and no other page is renamed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanonicalSeedBuildTest {

    static final Path EXAMPLES = SiteTrees.PROJECT.resolve("src/test/resources/org/docedition/ingest/canonical");

    Path work;
    Path site;
    BuildReport report;
    Path plain;

    @BeforeAll
    void buildSeedsWithTheExamples(@TempDir Path dir) throws IOException {
        work = dir;
        Path seeds = SiteTrees.copyOfSeeds(work.resolve("seeds"));
        Files.copy(EXAMPLES.resolve("sscr-doc-68-example.md"), seeds.resolve("900_sscr-doc-68.md"));
        Files.copy(EXAMPLES.resolve("editorial-note-1954-10-12.md"), seeds.resolve("901_note.md"));
        site = work.resolve("site");
        report = SiteTrees.build(seeds, site, false);
        plain = work.resolve("plain");
        assertTrue(SiteTrees.build(SiteTrees.SEEDS, plain, false).written());
    }

    @Test
    void build_succeedsWithTheNewDocumentsAndNoTextLost() {
        assertTrue(report.written(), report.problems().toString());
        assertEquals(0, report.errors(), report.problems().toString());
        assertEquals(51, report.documents());
        assertTrue(report.problems().stream().noneMatch(p -> p.file().endsWith(".md")),
                () -> report.problems().stream().map(Problem::toString).toList().toString());
    }

    @Test
    void addingSeeds_renamesNoOtherPage() throws IOException {
        Set<String> before = ids(plain);
        Set<String> after = ids(site);
        assertTrue(after.containsAll(before), "every earlier id is kept");
        Set<String> added = new HashSet<>(after);
        added.removeAll(before);
        assertEquals(Set.of("sscr-1952-1955-doc-68", "editorial-notes-1954-10-12-editorial-note-on-the-documents-of"),
                added);
    }

    @Test
    void referenceToTheAddedNumber_becomesALink() throws IOException {
        Document before = page(plain, "documents/sscr-1952-1955-doc-71.html");
        assertNotNull(before.selectFirst(".docref-missing"), "doc. 68 was missing before");
        Document doc71 = page(site, "documents/sscr-1952-1955-doc-71.html");
        Element link = doc71.selectFirst("a.docref[href=../documents/sscr-1952-1955-doc-68.html]");
        assertNotNull(link, doc71.select(".docref, .docref-missing").outerHtml());
        assertTrue(link.text().contains("See doc. 68"));
        Document doc68 = page(site, "documents/sscr-1952-1955-doc-68.html");
        assertNotNull(doc68.selectFirst("a.docref[href$=sscr-1952-1955-doc-70.html]"), "its own reference links too");
        assertTrue(page(site, "documents/sscr-1952-1955-doc-70.html").select("a[href$=sscr-1952-1955-doc-68.html]")
                .size() > 0, "doc. 70 lists it as citing");
    }

    @Test
    void addedPage_showsHeaderTextNotesAndOriginal() throws IOException {
        Document doc68 = page(site, "documents/sscr-1952-1955-doc-68.html");
        assertEquals("Example document standing in for doc. 68 of the collection", doc68.selectFirst("h1").text());
        assertEquals("1954-01-20", doc68.selectFirst(".doc-meta time").attr("datetime"));
        String text = doc68.text();
        assertTrue(text.contains("Example archive citation. F. 0. Op. 0. D. 0. L. 1-2."), text);
        assertTrue(text.contains("Soviet-Chinese relations. 1952-1955: Collection of documents"), text);
        assertTrue(text.contains("continued on a second line."), text);
        Element translation = doc68.selectFirst(".text-translation");
        assertTrue(translation.text().contains("<b>not bold</b> & \"quoted\""), "the text is shown as written");
        assertNull(translation.selectFirst("b"));
        Element original = doc68.selectFirst(".text-original");
        assertEquals("ru", original.attr("lang"));
        assertTrue(original.text().contains("Текст оригинала: пример абзаца на русском языке."));
        assertTrue(Files.isRegularFile(site.resolve("documents/sscr-1952-1955-doc-68.ru.html")));
    }

    @Test
    void editorialNote_isListedUnderItsOwnSourceInTheData() throws IOException {
        JsonNode docs = new ObjectMapper().readTree(site.resolve("data/documents.json").toFile());
        JsonNode note = null;
        for (JsonNode d : docs) {
            if (d.get("id").asText().startsWith("editorial-notes-")) {
                note = d;
            }
        }
        assertNotNull(note);
        assertEquals("editorial", note.get("kind").asText());
        assertEquals("1954-10-12", note.get("date").asText());
        assertEquals("901_note.md", note.get("source").asText());
        Document page = page(site, note.get("url").asText());
        assertTrue(page.text().contains("Editorial notes"));
        assertTrue(page.text().contains("Dates and numbers are those of the printed collection."));
    }

    @Test
    void readmeEditorsGuide_showsTheTestedExample() throws IOException {
        String readme = Files.readString(SiteTrees.PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
        String example = Files.readString(EXAMPLES.resolve("editorial-note-1954-10-12.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(example), "README's editor's guide must show "
                + "src/test/resources/org/docedition/ingest/canonical/editorial-note-1954-10-12.md verbatim");
    }

    private static Set<String> ids(Path site) throws IOException {
        Set<String> ids = new HashSet<>();
        for (JsonNode d : new ObjectMapper().readTree(site.resolve("data/documents.json").toFile())) {
            ids.add(d.get("id").asText());
        }
        return ids;
    }

    private static Document page(Path site, String relative) throws IOException {
        return Jsoup.parse(site.resolve(relative).toFile(), "UTF-8");
    }
}
