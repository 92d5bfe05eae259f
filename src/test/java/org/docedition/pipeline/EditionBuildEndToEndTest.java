package org.docedition.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.docedition.model.Kind;
import org.docedition.testing.RealSeedsSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline, seeds to site/, on a small fixture edition and on the real seeds, asserting
 * on the produced HTML and data with jsoup and Jackson.
 */
class EditionBuildEndToEndTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path FIXTURE_SEEDS = PROJECT.resolve("src/test/resources/org/docedition/pipeline/fixture/seeds");

    static BuildReport build(Path seeds, Path site, boolean search) {
        BuildOptions options = BuildOptions.defaults(PROJECT).withSeeds(seeds).withSite(site).withSearch(search);
        return new EditionBuild(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .build();
    }

    static Document page(Path site, String relative) {
        try {
            return Jsoup.parse(site.resolve(relative).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> documentPages(Path site) {
        try (Stream<Path> files = Files.list(site.resolve("documents"))) {
            return files.filter(f -> f.toString().endsWith(".html") && !f.toString().endsWith(".zh.html")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kind each document page declares in its metadata block, counted. */
    static Map<String, Integer> pagesPerKind(Path site) {
        Map<String, Integer> perKind = new TreeMap<>();
        for (Path p : documentPages(site)) {
            String kind = page(site, "documents/" + p.getFileName()).selectFirst("dd[data-pagefind-filter=kind]")
                    .text();
            perKind.merge(kind, 1, Integer::sum);
        }
        return perKind;
    }

    static JsonNode documentsJson(Path site) throws IOException {
        return new ObjectMapper().readTree(site.resolve("data/documents.json").toFile());
    }

    static JsonNode byNumber(JsonNode documents, String number) {
        for (JsonNode d : documents) {
            if (number.equals(d.path("number").asText(null))) {
                return d;
            }
        }
        throw new AssertionError("no document numbered " + number);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Fixture {

        Path site;
        BuildReport report;

        @BeforeAll
        void buildFixture(@TempDir Path work) {
            site = work.resolve("site");
            report = build(FIXTURE_SEEDS, site, false);
        }

        @Test
        void fixture_buildsEveryDocumentAndEntry() {
            assertTrue(report.written());
            assertEquals(0, report.errors());
            assertEquals(Map.of(Kind.NEWSPAPER, 1, Kind.COLLECTION, 4, Kind.CATALOGUE, 2), report.documentsPerKind());
            assertEquals(7, documentPages(site).size());
            assertTrue(Files.isRegularFile(site.resolve("documents/peoples-daily-1955-03-08-p4.zh.html")));
        }

        @Test
        void referenceToDocumentInEdition_isLink() {
            Document doc202 = page(site, "documents/sscr-1952-1955-doc-202.html");
            Element link = doc202.selectFirst("a.docref");
            assertNotNull(link);
            assertEquals("../documents/sscr-1952-1955-doc-201.html", link.attr("href"));
            assertTrue(link.text().contains("See doc. 201"));
        }

        @Test
        void seeAlsoInText_isLink() {
            Document doc203 = page(site, "documents/sscr-1952-1955-doc-203.html");
            assertNotNull(doc203.selectFirst(".text a.docref[href$=sscr-1952-1955-doc-202.html]"));
        }

        @Test
        void referenceToMissingDocument_isMarkedNotInEdition() {
            Document doc201 = page(site, "documents/sscr-1952-1955-doc-201.html");
            Element missing = doc201.selectFirst(".docref-missing");
            assertNotNull(missing);
            assertTrue(missing.text().contains("See doc. 199"));
            assertTrue(missing.text().contains("not in this edition"));
            assertTrue(report.problems().stream().anyMatch(p -> p.toString().contains("101_collection.txt:19")
                    && p.toString().contains("doc. 199")), report.problems().toString());
        }

        @Test
        void entryWithoutText_saysSoAndHasNoNumber() {
            Document speech = page(site, "documents/sscr-1952-1955-1955-02-14-speech-by-zhou-enlai-at.html");
            assertTrue(speech.selectFirst(".notice").text().contains("not printed in this source"));
            assertTrue(speech.select(".text p").isEmpty());
        }

        @Test
        void newspaperPage_hasChineseOriginalBesideTranslation() {
            Document article = page(site, "documents/peoples-daily-1955-03-08-p4.html");
            assertEquals("en", article.selectFirst(".text-translation").attr("lang"));
            assertEquals("zh-Hans", article.selectFirst(".text-original").attr("lang"));
            assertFalse(article.selectFirst(".text-original").text().isBlank());
        }

        @Test
        void previousAndNext_followDateOrderAcrossSources() {
            Document doc203 = page(site, "documents/sscr-1952-1955-doc-203.html");
            assertEquals("../documents/sscr-1952-1955-1955-02-14-speech-by-zhou-enlai-at.html",
                    doc203.selectFirst("a[rel=prev]").attr("href"));
            assertEquals("../documents/wilson-center-digital-archive-1955-03-01-cable-on-the-arrival-of-the.html",
                    doc203.selectFirst("a[rel=next]").attr("href"));
        }

        @Test
        void chronology_listsEveryDocumentInDateOrder() {
            Document chronology = page(site, "chronology.html");
            List<String> dates = chronology.select(".entries time").eachAttr("datetime");
            assertEquals(7, dates.size());
            List<String> sorted = new ArrayList<>(dates);
            sorted.sort(null);
            assertEquals(sorted, dates);
            assertEquals("1955-01-10", dates.get(0));
            assertEquals("1959-05-04", dates.get(6));
        }

        @Test
        void documentsJson_hasTheArchitectureShape() throws IOException {
            JsonNode docs = documentsJson(site);
            assertEquals(7, docs.size());
            for (JsonNode d : docs) {
                for (String field : List.of("id", "url", "title", "date", "kind", "number", "source", "references")) {
                    assertTrue(d.has(field), field + " missing in " + d);
                }
                assertEquals("documents/" + d.get("id").asText() + ".html", d.get("url").asText());
                assertTrue(Files.isRegularFile(site.resolve(d.get("url").asText())));
            }
            JsonNode doc201 = byNumber(docs, "201");
            assertEquals("1955-01-10", doc201.get("date").asText());
            assertEquals("collection", doc201.get("kind").asText());
            assertEquals("101_collection.txt", doc201.get("source").asText());
            assertEquals("199", doc201.get("references").get(0).get("number").asText());
            assertTrue(doc201.get("references").get(0).get("target").isNull());
            assertEquals("sscr-1952-1955-doc-201",
                    byNumber(docs, "202").get("references").get(0).get("target").asText());
        }

        @Test
        void dataPage_linksEachExportOnce_andEveryPageLinksItAndTheFeed() {
            Document data = page(site, "data.html");
            List<String> linked = data.select("main a[href]").eachAttr("href");
            for (String export : List.of("data/documents.csv", "data/documents.json", "data/datapackage.json",
                    "data/edition.tei.xml", "feed.xml", "manifest-sha256.txt")) {
                assertEquals(1, linked.stream().filter(export::equals).count(), export + " in " + linked);
            }
            // no site URL, so no sitemap or OAI file is written and none is offered
            assertFalse(Files.exists(site.resolve("sitemap.xml")));
            assertFalse(linked.contains("sitemap.xml"), linked.toString());
            assertFalse(Files.exists(site.resolve("data/oai-pmh.xml")));
            assertFalse(linked.contains("data/oai-pmh.xml"), linked.toString());
            assertTrue(linked.stream().anyMatch(l -> l.startsWith("data/cite/") && l.endsWith(".bib")), linked.toString());
            for (String p : List.of("index.html", "chronology.html", "documents/sscr-1952-1955-doc-202.html")) {
                Document html = page(site, p);
                String root = p.contains("/") ? "../" : "";
                assertEquals(root + "feed.xml", html.select("link[rel=alternate][type=application/atom+xml]").attr("href"), p);
                assertEquals(1, html.select("footer a[href=" + root + "data.html]").size(), p);
                assertEquals(1, html.select("header nav a[href=" + root + "archives.html]").size(), p);
            }
        }

        @Test
        void everyLinkInEveryPage_isRelativeAndResolves() throws IOException {
            List<String> broken = new ArrayList<>();
            try (Stream<Path> files = Files.walk(site)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    Document html = Jsoup.parse(file.toFile(), "UTF-8");
                    for (Element a : html.select("a[rel~=external]")) {
                        // a reference work outside the site: an absolute web address, nothing else
                        assertTrue(a.attr("href").matches("^https?://[^\\s/]+/\\S*$"),
                                site.relativize(file) + " external link: " + a.attr("href"));
                    }
                    for (Element a : html.select("a[href]:not([rel~=external]), link[rel~=stylesheet|icon|prev|next|alternate][href], script[src], img[src]")) {
                        String target = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                        if (target.startsWith("#") || target.startsWith("mailto:")) {
                            continue;
                        }
                        if (a.attr("rel").contains("external") && target.matches("^https?://.*")) {
                            continue; // an authority record or a reference a person's or place's page cites
                        }
                        assertFalse(target.startsWith("/") || target.matches("^[a-z]+://.*"),
                                site.relativize(file) + " links outside the site: " + target);
                        String path = target.replaceAll("[?#].*$", "");
                        if (!path.isEmpty() && !Files.exists(file.getParent().resolve(path).normalize())) {
                            broken.add(site.relativize(file) + " -> " + target);
                        }
                    }
                }
            }
            assertEquals(List.of(), broken);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RealSeeds {

        Path site;
        BuildReport report;

        @BeforeAll
        void buildSeeds() {
            // the real seeds' site, built once per test JVM and shared with the site checks (qa)
            site = RealSeedsSite.dir();
            report = RealSeedsSite.report();
        }

        @Test
        void build_succeedsWithWarningsOnly() {
            assertTrue(report.written(), report.problems().toString());
            assertEquals(0, report.errors(), report.problems().toString());
            assertEquals(Map.of(Kind.NEWSPAPER, 3, Kind.COLLECTION, 36, Kind.CATALOGUE, 10), report.documentsPerKind());
        }

        @Test
        void documentPagesPerKind_matchTheSeeds() {
            Map<String, Integer> perKind = pagesPerKind(site);
            assertEquals(49, documentPages(site).size(), perKind.toString());
            assertEquals(3, perKind.values().stream().filter(n -> n > 0).count(), perKind.toString());
            assertEquals(List.of(3, 10, 36), perKind.values().stream().sorted().toList(), perKind.toString());
        }

        @Test
        void sampleOfDocuments_haveTitleDateAndNumber() {
            Document doc72 = page(site, "documents/sscr-1952-1955-doc-72.html");
            assertEquals("From the memorandum of the Central People's Government of the People's Republic of China",
                    doc72.selectFirst("h1").text());
            assertEquals("1954-03-01", doc72.selectFirst(".doc-meta time").attr("datetime"));
            assertTrue(doc72.selectFirst(".doc-kicker").text().contains("Doc. 72"));

            Document doc94 = page(site, "documents/sscr-1952-1955-doc-94.html");
            assertTrue(doc94.selectFirst(".doc-kicker").text().contains("Doc. 94"));
            assertFalse(doc94.select(".text-translation p").isEmpty());
        }

        @Test
        void gromykoVyshinskyZhangWentian_havePages_linkedFromTheDocumentsNamingThem() {
            Map<String, List<String>> named = Map.of(
                    "gromyko-a-a", List.of("85", "103"),
                    "vyshinsky-a-ya", List.of("86"),
                    "zhang-wentian", List.of("103", "104"));
            named.forEach((person, docs) -> {
                Document page = page(site, "persons/" + person + ".html");
                for (String number : docs) {
                    Document doc = page(site, "documents/sscr-1952-1955-doc-" + number + ".html");
                    assertNotNull(doc.selectFirst(".persons-named a[href$=persons/" + person + ".html]"),
                            "doc. " + number + " lists " + person);
                    assertNotNull(page.selectFirst("a[href$=sscr-1952-1955-doc-" + number + ".html]"),
                            person + "'s page lists doc. " + number);
                }
            });
            // doc. 85 names Gromyko in its title only; doc. 103 names Zhang Wentian in its text, linked there
            assertNotNull(page(site, "documents/sscr-1952-1955-doc-103.html")
                    .selectFirst(".text-translation a.person[href$=persons/zhang-wentian.html]"));
            Document gromyko = page(site, "persons/gromyko-a-a.html");
            assertEquals("Andrei A. Gromyko", gromyko.selectFirst("h1").text());
            assertNotNull(gromyko.selectFirst("dd[lang=ru]"), "the name in Cyrillic");
            assertNotNull(gromyko.selectFirst(".entries q.mention"), "the sentence that names him");
        }

        @Test
        void doc103_listsItsPersonsAndPlaces() {
            Document doc103 = page(site, "documents/sscr-1952-1955-doc-103.html");
            List<String> persons = doc103.select(".persons-named li a").eachText();
            assertTrue(persons.containsAll(List.of("Andrei A. Gromyko", "Zhang Wentian")), persons::toString);
            assertFalse(doc103.select(".places-named li a").isEmpty());
        }

        @Test
        void khrushchev_shownByDisplayName_withScriptsDatesRoleAndSource() {
            Document p = page(site, "persons/khrushchev-n-s.html");
            assertEquals("Nikita S. Khrushchev", p.selectFirst("h1").text());
            assertTrue(p.selectFirst(".authority").text().contains("1894"), p.selectFirst(".authority").text());
            assertFalse(p.select("p.muted:contains(Sources) a").isEmpty());
            assertFalse(page(site, "persons.html").text().contains("Khrushchev N.S."));
        }

        @Test
        void places_indexAndPages_withCoordinatesAndTheMenuEntry() {
            Document index = page(site, "places.html");
            assertFalse(index.select(".person-index li").isEmpty());
            assertNotNull(index.selectFirst(".site-nav a[href$=places.html][aria-current=page]"));
            Document beijing = page(site, "places/beijing.html");
            assertNotNull(beijing.selectFirst(".geo"), "coordinates shown");
            assertFalse(beijing.select(".entries li").isEmpty());
        }

        @Test
        void exportsAndJsonLd_givePersonsAndPlacesOfDoc103() throws IOException {
            JsonNode summary = byNumber(documentsJson(site), "103");
            assertTrue(summary.get("persons").toString().contains("\"gromyko-a-a\""), summary.toString());
            assertTrue(summary.get("places").size() > 0, summary.toString());
            JsonNode record = new ObjectMapper().readTree(site.resolve(summary.get("record").asText()).toFile());
            assertEquals("persons/zhang-wentian.html", java.util.stream.StreamSupport.stream(record.get("persons").spliterator(), false)
                    .filter(p -> p.get("id").asText().equals("zhang-wentian")).findFirst().orElseThrow().get("url").asText());
            String csv = Files.readString(site.resolve("data/documents.csv"));
            assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",persons,places"));
            JsonNode ld = new ObjectMapper().readTree(page(site, "documents/sscr-1952-1955-doc-103.html")
                    .selectFirst("script[type=application/ld+json]").data());
            assertTrue(ld.get("mentions").toString().contains("\"Zhang Wentian\""), ld.toString());
            JsonNode liu = new ObjectMapper().readTree(page(site, "documents/" + java.util.stream.StreamSupport.stream(
                    documentsJson(site).spliterator(), false).filter(d -> d.get("persons").toString().contains("liu-shaoqi"))
                    .findFirst().orElseThrow().get("id").asText() + ".html").selectFirst("script[type=application/ld+json]").data());
            assertTrue(liu.get("mentions").toString().contains("https://www.wikidata.org/wiki/Q"), liu.toString());
        }

        @Test
        void check_listsNoUnknownNameForTheSeeds() {
            BuildReport checked = new EditionBuild(BuildOptions.defaults(PROJECT), new java.io.PrintStream(
                    java.io.OutputStream.nullOutputStream())).check();
            List<String> unknown = checked.problems().stream().map(Object::toString)
                    .filter(m -> m.contains("looks like")).toList();
            assertEquals(List.of(), unknown);
        }

        @Test
        void everyDocument_hasATeiFileItsPageLinks_andTheManifestLists() throws IOException {
            String manifest = Files.readString(site.resolve("manifest-sha256.txt"), StandardCharsets.UTF_8);
            List<Path> pages = documentPages(site);
            assertEquals(49, pages.size());
            for (Path p : pages) {
                String id = p.getFileName().toString().replace(".html", "");
                String tei = "data/tei/" + id + ".xml";
                assertTrue(Files.isRegularFile(site.resolve(tei)), tei);
                assertTrue(manifest.contains("  " + tei + "\n"), tei + " in the manifest");
                Document html = Jsoup.parse(p.toFile(), "UTF-8", "");
                assertEquals("../" + tei, html.select("link[rel=alternate][type=application/tei+xml]").attr("href"), id);
                assertEquals(1, html.select("main a[href=../" + tei + "]").size(), id);
            }
            String doc90 = Files.readString(site.resolve("data/tei/sscr-1952-1955-doc-90.xml"), StandardCharsets.UTF_8);
            assertTrue(doc90.contains("<ref target=\"sscr-1952-1955-doc-89.xml\">"), "See doc. 89 is a TEI ref");
            assertTrue(manifest.contains("  data/edition.tei.xml\n"));
        }

        @Test
        void bagItPackage_holdsTheTeiFiles(@TempDir Path out) throws IOException {
            Path zip = out.resolve("edition.zip");
            new org.docedition.publish.BagPackager(java.util.Optional.empty()).write(site, zip);
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
                assertNotNull(z.getEntry("edition/data/data/edition.tei.xml"));
                assertNotNull(z.getEntry("edition/data/data/tei/sscr-1952-1955-doc-90.xml"));
                String manifest = new String(z.getInputStream(z.getEntry("edition/manifest-sha256.txt")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertTrue(manifest.contains("  data/data/tei/sscr-1952-1955-doc-90.xml"), "the bag's manifest lists it");
            }
        }

        @Test
        void doc90SeeDoc89_linksToDoc89() {
            Document doc90 = page(site, "documents/sscr-1952-1955-doc-90.html");
            Element link = doc90.selectFirst("a.docref[href$=sscr-1952-1955-doc-89.html]");
            assertNotNull(link, "doc. 90 should link to doc. 89");
            assertTrue(link.text().contains("See doc. 89"));
            assertTrue(Files.isRegularFile(site.resolve("documents/sscr-1952-1955-doc-89.html")));
        }

        @Test
        void doc71SeeDoc68_isShownNotInThisEdition() {
            Document doc71 = page(site, "documents/sscr-1952-1955-doc-71.html");
            Element missing = doc71.selectFirst(".docref-missing");
            assertNotNull(missing);
            assertTrue(missing.text().contains("See doc. 68"));
            assertTrue(missing.text().contains("not in this edition"));
            assertNull(doc71.selectFirst("a[href*=doc-68]"));
            assertFalse(Files.exists(site.resolve("documents/sscr-1952-1955-doc-68.html")));
        }

        @Test
        void corrections_pageShowsReadingWithPrintedForm_andLinksTheCorrectedReference() throws IOException {
            Document doc98 = page(site, "documents/sscr-1952-1955-doc-98.html");
            Element note5 = doc98.getElementById("fn-5");
            Element corr = note5.selectFirst("a.docref .corr");
            assertNotNull(corr, note5.outerHtml());
            assertEquals("../documents/sscr-1952-1955-doc-96.html", note5.selectFirst("a.docref").attr("href"));
            assertEquals("Cm. doc.", corr.selectFirst(".sic").ownText().strip());
            assertEquals("See doc.", corr.selectFirst("[data-editorial]").text());
            assertTrue(doc98.selectFirst(".corrections").text().contains("Cm. doc."));

            Document doc97 = page(site, "documents/sscr-1952-1955-doc-97.html");
            assertTrue(doc97.selectFirst(".cite-note").text().contains("Izvestia. 1954. 12 Oct"), doc97.selectFirst(".cite-note").text());
            String bib = Files.readString(site.resolve("data/cite/sscr-1952-1955-doc-97.bib"));
            assertTrue(bib.contains("Izvestia") && !bib.contains("ews. 1954"), bib);
            assertTrue(bib.contains("date = {2015}") && bib.contains("origdate = {1954-10-12}"), bib);

            // the row the web page repeats is read once; the printed repetition stays on the page
            Document doc70 = page(site, "documents/sscr-1952-1955-doc-70.html");
            Element archive = doc70.select(".doc-meta dt:containsOwn(Archive) + dd").first();
            Element reading = archive.clone();
            reading.select(".sic").remove();
            assertEquals(1, reading.text().split("Archive of Tianjin", -1).length - 1, reading.text());
            assertTrue(archive.text().contains("printed here"), archive.text());
        }

        @Test
        void perSource_summaryHeading_noEmptyColumn_headlineOnce_statementAndGbt() {
            Document wilson = page(site, "documents/wilson-center-digital-archive-1960-07-18-letter-khrushchev-to-the-central-committee.html");
            assertEquals("Summary", wilson.selectFirst("#h-text").text());
            assertEquals("Khrushchev", wilson.select(".doc-meta dt:containsOwn(From) + dd").text());

            Document article = page(site, "documents/peoples-daily-1957-11-23-p6.html");
            Element original = article.selectFirst(".text-original");
            assertFalse(original.text().contains("专栏"), original.text());
            assertEquals(1, original.text().split("制订了1958年文化合作执行计划", -1).length - 1, original.text());
            assertTrue(article.selectFirst(".cite-gbt").text().contains("中苏文化合作会谈结束 制订了1958年文化合作执行计划[N"),
                    article.selectFirst(".cite-gbt").text());
            assertTrue(article.selectFirst(".cite-gbt").text().contains("人民日报, 1957-11-23(6)."));
            Document zh = page(site, "documents/peoples-daily-1957-11-23-p6.zh.html");
            assertTrue(zh.selectFirst(".cite-gbt").text().contains("人民日报, 1957-11-23(6)"));

            Document doc98 = page(site, "documents/sscr-1952-1955-doc-98.html");
            assertEquals("machine translation from the Russian, not revised", doc98.selectFirst(".statement").text());
            assertTrue(doc98.selectFirst(".cite-note").text().contains("English text (machine translation from the Russian, not revised)"));
            // the header names the edition in full: the breadcrumb's first step stays short on a phone
            assertEquals(List.of("Edition", "Soviet-Chinese relations. 1952-1955: Collection of documents", "Doc. 98"),
                    doc98.select(".breadcrumb li").eachText());
        }

        @Test
        void head_neighboursInTheSource_followNumberOrderAcrossTheGap() {
            Document doc89 = page(site, "documents/sscr-1952-1955-doc-89.html");
            Element source = doc89.selectFirst(".prev-next-source");
            assertEquals("../documents/sscr-1952-1955-doc-86.html", source.selectFirst(".prev a").attr("href"));
            assertEquals("../documents/sscr-1952-1955-doc-90.html", source.selectFirst(".next a").attr("href"));
        }

        @Test
        void unresolvedReferences_areTheOnesTheSourceLacks() throws IOException {
            List<String> unresolved = new ArrayList<>();
            for (JsonNode d : documentsJson(site)) {
                for (JsonNode r : d.get("references")) {
                    if (r.get("target").isNull()) {
                        unresolved.add(r.get("number").asText());
                    } else {
                        assertTrue(Files.isRegularFile(site.resolve("documents/" + r.get("target").asText() + ".html")));
                    }
                }
            }
            assertEquals(List.of("126", "50", "64", "68"), unresolved.stream().distinct().sorted().toList());
        }

        @Test
        void chronology_isInDateOrderWithPartialDatesFirst() {
            Document chronology = page(site, "chronology.html");
            List<String> dates = chronology.select(".entries time").eachAttr("datetime");
            assertEquals(49, chronology.select(".entries li").size());
            List<String> keys = dates.stream().map(d -> d.length() == 4 ? d + "-00-00" : d.length() == 7 ? d + "-00" : d)
                    .collect(Collectors.toList());
            List<String> sorted = new ArrayList<>(keys);
            sorted.sort(null);
            assertEquals(sorted, keys);
            assertTrue(dates.get(0).startsWith("1954"));
        }

        @Test
        void homeSearchAndBundles_arePresent() {
            Document home = page(site, "index.html");
            assertNotNull(home.selectFirst("a[href=chronology.html]"));
            assertNotNull(home.selectFirst("a[href=search.html]"));
            assertTrue(home.text().contains("49"), "home page should give the number of documents");
            assertNotNull(page(site, "search.html").selectFirst("input[type=search]"));
            assertTrue(Files.isRegularFile(site.resolve("pagefind/pagefind.js")));
            // each document indexed once: the Chinese originals with their translations, no pagefind-zh/
            assertFalse(Files.exists(site.resolve("pagefind-zh")));
            assertTrue(Files.isRegularFile(site.resolve("manifest-sha256.txt")));
        }

        @Test
        void documentText_isTheSearchBodyAndNavigationIsNot() {
            Document doc80 = page(site, "documents/sscr-1952-1955-doc-80.html");
            assertNotNull(doc80.selectFirst("article[data-pagefind-body]"));
            assertNull(doc80.selectFirst("header.site-header[data-pagefind-body], nav[data-pagefind-body]"));
            assertTrue(doc80.select("[data-pagefind-body]").size() == 1);
            // an article's original is searched with it and tells the search page where its own page is
            Document article = page(site, "documents/peoples-daily-1957-11-23-p6.html");
            Element original = article.selectFirst("article[data-pagefind-body] .text-original");
            assertFalse(original.hasAttr("data-pagefind-ignore"));
            assertEquals("language:Chinese", original.attr("data-pagefind-filter"));
            assertEquals("original:documents/peoples-daily-1957-11-23-p6.zh.html", original.attr("data-pagefind-meta"));
            assertTrue(article.selectFirst("[data-pagefind-meta=original_title]").text().startsWith("中苏文化合作会谈结束"));
        }
    }

    @Test
    void failedBuild_leavesPreviousSiteUntouched(@TempDir Path work) throws IOException {
        Path site = work.resolve("site");
        assertTrue(build(FIXTURE_SEEDS, site, false).written());
        Map<String, byte[]> before = snapshot(site);

        Path badSeeds = Files.createDirectories(work.resolve("bad-seeds"));
        for (Path seed : Files.list(FIXTURE_SEEDS).toList()) {
            Files.copy(seed, badSeeds.resolve(seed.getFileName()));
        }
        Path collection = badSeeds.resolve("101_collection.txt");
        String text = Files.readString(collection);
        Files.writeString(collection, text.replace("January 10, 1955", "February 30, 1955"));
        byte[] editorsFile = Files.readAllBytes(collection);

        BuildReport failed = build(badSeeds, site, false);

        assertFalse(failed.written());
        assertTrue(failed.problems().stream().anyMatch(p -> p.isError()
                && p.toString().startsWith("101_collection.txt:9:")
                || p.isError() && p.toString().contains("101_collection.txt:9: error")), failed.problems().toString());
        Map<String, byte[]> after = snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
        assertArrayEquals(editorsFile, Files.readAllBytes(collection), "the editor's seed must not be modified");
        try (Stream<Path> siblings = Files.list(work)) {
            assertEquals(List.of("bad-seeds", "site"),
                    siblings.map(p -> p.getFileName().toString()).filter(name -> !name.equals(".edition-cache"))
                            .sorted().toList(), "no staging folder is left behind");
        }
    }

    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
