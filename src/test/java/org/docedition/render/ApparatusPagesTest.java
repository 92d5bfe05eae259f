package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.docedition.apparatus.ApparatusBuilder;
import org.docedition.apparatus.Apparatus;
import org.docedition.ingest.SeedIngester;
import org.docedition.link.Edition;
import org.docedition.link.EditionLinker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The apparatus as readers see it: the real seeds rendered, pages read with jsoup. */
class ApparatusPagesTest {

    @TempDir
    static Path site;
    static RenderReport report;

    @BeforeAll
    static void render() {
        Edition edition = new EditionLinker().link(new SeedIngester().ingest(Path.of("seeds")).documents());
        Apparatus apparatus = ApparatusBuilder.forContent(Path.of("content")).build(edition);
        report = new SiteRenderer(Path.of("templates"), Path.of("content")).withApparatus(apparatus)
                .render(edition, site);
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    static Document collectionDoc(int number) throws IOException {
        return page("documents/sscr-1952-1955-doc-" + number + ".html");
    }

    @Test
    void render_realSeeds_noErrors() {
        assertTrue(report.problems().stream().noneMatch(p -> p.isError()), report.problems()::toString);
    }

    @Test
    void citedBy_doc80_linksBackToDoc82() throws IOException {
        Element citedBy = collectionDoc(80).selectFirst("section.cited-by");
        assertNotNull(citedBy);
        assertNotNull(citedBy.selectFirst("a[href$=sscr-1952-1955-doc-82.html]"));
    }

    @Test
    void footnotes_doc98_everyMarkerLinksToItsNoteAndBack() throws IOException {
        Document d = collectionDoc(98);
        List<Element> notes = d.select("ol.footnotes > li");
        assertEquals(8, notes.size());
        Set<String> targets = d.select("sup.fnref a").stream().map(a -> a.attr("href").substring(1))
                .collect(Collectors.toSet());
        for (Element note : notes) {
            assertTrue(targets.contains(note.id()), "no marker links to " + note.id());
            Element back = note.selectFirst("a.fn-back");
            assertNotNull(back, "note " + note.id() + " has no way back");
            assertNotNull(d.getElementById(back.attr("href").substring(1)));
        }
        d.select("sup.fnref a").forEach(a -> assertNotNull(d.getElementById(a.attr("href").substring(1))));
    }

    @Test
    void persons_doc77_linksSuslovWhosePageHoldsTheBiography() throws IOException {
        Element link = collectionDoc(77).selectFirst("section.persons-named a[href=../persons/suslov-m-a.html]");
        assertNotNull(link);
        assertEquals("person", link.attr("data-pagefind-filter"));
        Document suslov = page("persons/suslov-m-a.html");
        assertTrue(suslov.select(".biography").text().contains("Member of the Politburo"));
        assertNotNull(suslov.selectFirst("a[href=../documents/sscr-1952-1955-doc-77.html#fn-1]"));
    }

    @Test
    void persons_zhouEnlai_pageListsDocumentsOfSeveralSeedFiles() throws IOException {
        Set<String> kinds = page("persons/zhou-enlai.html").select("main ul.entries a[href^=../documents/]").stream()
                .map(a -> a.attr("href").replaceAll(".*/(sscr|wilson|peoples).*", "$1")).collect(Collectors.toSet());
        assertTrue(kinds.size() >= 2, kinds::toString);
    }

    @Test
    void persons_indexLinkedFromNavigation() throws IOException {
        assertNotNull(page("index.html").selectFirst("nav.site-nav a[href=persons.html]"));
        assertTrue(page("persons.html").select("main a[href^=persons/]").size() >= 30);
    }

    @Test
    void archives_doc72_citationInPartsWithArchiveFilter() throws IOException {
        Element row = collectionDoc(72).selectFirst("dl.doc-meta [data-editorial]");
        assertNotNull(row);
        assertTrue(row.text().contains("fond 0100"), row.text());
        assertTrue(row.text().contains("delo 52"), row.text());
        assertEquals("AVP RF", row.selectFirst("[data-pagefind-filter=archive]").text());
        assertTrue(page("archives/avp-rf-f-0100.html").select("a[href$=sscr-1952-1955-doc-72.html]").size() == 1);
    }

    @Test
    void archives_sameDelo_documentsLinkEachOther() throws IOException {
        assertNotNull(collectionDoc(71).selectFirst("section.same-file a[href$=sscr-1952-1955-doc-81.html]"));
        assertNotNull(collectionDoc(81).selectFirst("section.same-file a[href$=sscr-1952-1955-doc-71.html]"));
    }

    @Test
    void sources_collectionPage_showsGaps() throws IOException {
        List<String> gaps = page("sources/sscr-1952-1955.html").select("li.gap .source-number").eachText();
        assertEquals(List.of("87.", "88.", "100."), gaps);
        assertNotNull(collectionDoc(72).selectFirst("a[href=../sources/sscr-1952-1955.html]"));
    }

    @Test
    void related_article1957_listsCatalogueConversation1959() throws IOException {
        assertNotNull(page("documents/peoples-daily-1957-11-23-p6.html").selectFirst(
                "section.related a[href*=1959-03-30-memorandum-of-conversation]"));
    }

    @Test
    void links_apparatusPages_relativeAndResolving() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                String rel = site.relativize(p).toString();
                return rel.startsWith("persons") || rel.startsWith("archives") || rel.startsWith("sources");
            }).toList();
        }
        assertFalse(pages.isEmpty());
        for (Path p : pages) {
            for (Element a : Jsoup.parse(p.toFile(), "UTF-8").select("a[href]:not([rel~=external])")) {
                String href = a.attr("href");
                assertFalse(href.startsWith("/") || href.contains("://"), p + ": " + href);
                String file = href.replaceAll("#.*", "");
                if (!file.isEmpty()) {
                    assertTrue(Files.exists(p.getParent().resolve(file).normalize()), p + " -> " + href);
                }
            }
        }
    }

    @Test
    void sameFile_largeDelo_listsTheTenNearestAndLinksTheFondForTheRest(@TempDir Path out) throws IOException {
        // 25 documents of one delo (every test document cites AVPRF. F. 0100. Op. 47. P. 384. D. 52.)
        List<org.docedition.model.Document> docs = java.util.stream.IntStream.rangeClosed(1, 25)
                .mapToObj(i -> org.docedition.model.TestDocuments.collectionDoc(Integer.toString(i),
                        org.docedition.model.HistoricalDate.ofDay(1954, 10, 1), "Text " + i + "."))
                .toList();
        Edition edition = new EditionLinker().link(docs);
        Apparatus apparatus = ApparatusBuilder.forContent(Path.of("content")).build(edition);
        RenderReport r = new SiteRenderer(Path.of("templates"), Path.of("content")).withApparatus(apparatus)
                .render(edition, out);
        assertTrue(r.problems().stream().noneMatch(p -> p.isError()), r.problems()::toString);

        Document page = Jsoup.parse(out.resolve("documents/sscr-1952-1955-doc-13.html").toFile(), "UTF-8");
        Element section = page.selectFirst("section.same-file");
        assertNotNull(section);
        assertEquals(10, section.select("ul.entries > li").size());
        Element more = section.selectFirst("p.more");
        assertNotNull(more);
        assertTrue(more.text().startsWith("and 14 more, listed on the page of fond 0100"), more.text());
        String fond = more.selectFirst("a").attr("href");
        assertTrue(Files.isRegularFile(out.resolve("documents").resolve(fond).normalize()), fond);
    }
}
