package org.docedition.cli;

import static org.docedition.cli.BadInputCliTest.NBSP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6.3: seed text that looks like HTML, JavaScript or Freemarker is shown as text and runs
 * nothing, and ids and file names made from hostile titles stay inside site/. The seeds go
 * through {@code edition build} and the produced pages are read back with jsoup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextCliTest {

    /** Everything a seed could try; the same text goes into every field of every format. */
    static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=\"alert(2)\"> "
            + "<a href=\"javascript:alert(3)\">click</a> <iframe src=\"https://evil.example/\"></iframe> "
            + "<svg onload=alert(4)> [link](javascript:alert(5)) ${7*7} <#assign x=1> <@m/> [#if true]y[/#if] &amp; &lt;";

    private Path root;
    private CliProject project;
    private List<Path> pages;

    @BeforeAll
    void buildHostileSeeds(@TempDir Path temp) throws IOException {
        root = temp;
        project = new CliProject(temp.resolve("project"));
        project.seed("000_article.txt", BadInputCliTest.article("Hostile " + HOSTILE, "1957-11-23", "6",
                        "First paragraph " + HOSTILE)
                        .replace("Author:", "Author: <b onmouseover=alert(6)>Bad</b>")
                        .replace("    新华社莫斯科22日电　会谈已经结束。", "    中文 <script>alert(7)</script> ${x} <iframe src=x>"))
                .seed("001_page.txt", String.join("\n",
                        "Soviet China relationship",
                        "",
                        "Letter " + HOSTILE + "." + NBSP + "January 5, 1954",
                        "",
                        "A source: Soviet-Chinese relations. 1952-1955: Collection of documents. 2015. pp. 162-166",
                        "Archive: <script>alert(8)</script> ${archive} <#list 1..3 as i>${i}</#list>",
                        "70.",
                        "",
                        "Dear comrades! " + HOSTILE + " See doc. 70.*",
                        "",
                        "* Note " + HOSTILE,
                        "",
                        "../../../../../tmp/edition-escape /etc/passwd C:\\Windows\\x." + NBSP + "January 6, 1954",
                        "",
                        "../../../../../tmp/edition-escape-entry." + NBSP + "January 7, 1954",
                        ""))
                .seed("002_listing.txt", String.join("\n", "Skip to content", "", "Results:", "", "1 - 3 of 3", "",
                        "Documents", "",
                        "November 12, 1963", "", "../../../../tmp/edition-escape " + HOSTILE, "", "Summary " + HOSTILE, "",
                        "November 13, 1963", "", "/etc/passwd " + "x".repeat(10_000), "", "Summary two.", "",
                        "November 14, 1963", "", "..", "", "Summary three.", ""));

        CliProject.Result r = project.run("build", "--no-search");

        assertEquals(0, r.exit(), r::all);
        try (Stream<Path> files = Files.walk(project.site())) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 10, pages::toString);
    }

    @Test
    void noScriptIframeImageOrHandlerFromTheSeeds() {
        for (Path file : pages) {
            Document page = parse(file);
            String where = project.site().relativize(file).toString();
            // (the chronology draws its timeline as <svg>: a seed's "<svg onload=...>" is caught below by its handler)
            assertEquals(List.of(), page.select("iframe, frame, object, embed, base, form[action^=javascript]")
                    .stream().map(Element::tagName).toList(), where);
            for (Element script : page.select("script")) {
                if (script.hasAttr("src")) {
                    assertSiteFile(file, script.attr("src"), where);
                    assertEquals("", script.data().strip(), where);
                } else {
                    // only data blocks may be inline, and a seed's "</script>" must not have ended one
                    assertEquals("application/ld+json", script.attr("type"), where + ": inline script");
                    assertJson(script.data(), where);
                }
            }
            for (Element img : page.select("img")) {
                assertSiteFile(file, img.attr("src"), where);
            }
            for (Element e : page.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                            () -> where + ": event handler " + a + " on <" + e.tagName() + ">");
                    String value = a.getValue().replaceAll("[\\s\\u0000-\\u001F]", "").toLowerCase(Locale.ROOT);
                    assertFalse(value.startsWith("javascript:") || value.startsWith("data:text/html")
                                    || value.startsWith("vbscript:"),
                            () -> where + ": " + a + " on <" + e.tagName() + ">");
                }
            }
        }
    }

    @Test
    void hostileText_isVisibleAsText() {
        Document article = parse(project.site().resolve("documents/peoples-daily-1957-11-23-p6.html"));
        assertEquals("Hostile " + HOSTILE, article.selectFirst("h1").text());
        assertTrue(article.body().text().contains("First paragraph " + HOSTILE), article.body().text());
        assertTrue(article.body().text().contains("<b onmouseover=alert(6)>Bad</b>"), "the author, as text");
        assertFalse(article.body().text().contains("49"), "${7*7} was not evaluated");

        Document original = parse(project.site().resolve("documents/peoples-daily-1957-11-23-p6.zh.html"));
        assertTrue(original.body().text().contains("中文 <script>alert(7)</script> ${x} <iframe src=x>"),
                original.body().text());

        Document letter = parse(project.site().resolve("documents/sscr-1952-1955-doc-70.html"));
        String text = letter.body().text();
        assertTrue(text.contains("Letter " + HOSTILE), text);
        assertTrue(text.contains("Dear comrades! " + HOSTILE), text);
        assertTrue(text.contains("Note " + HOSTILE), text);
        assertTrue(text.contains("<script>alert(8)</script> ${archive} <#list 1..3 as i>${i}</#list>"), text);
    }

    @Test
    void chronologyAndHomePage_showHostileTitlesAsText() {
        for (String name : List.of("chronology.html", "index.html")) {
            Path file = project.site().resolve(name);
            if (Files.isRegularFile(file) && parse(file).body().text().contains("Hostile")) {
                assertTrue(parse(file).body().text().contains("Hostile " + HOSTILE), name);
            }
        }
        assertTrue(parse(project.site().resolve("chronology.html")).body().text().contains("Hostile " + HOSTILE));
    }

    @Test
    void feedAndData_stayWellFormedWithHostileText() throws Exception {
        Path feed = project.site().resolve("feed.xml");
        if (Files.isRegularFile(feed)) {
            var dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            assertNotNull(dbf.newDocumentBuilder().parse(feed.toFile()));
            assertTrue(Files.readString(feed).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        }
        Path json = project.site().resolve("data/documents.json");
        if (Files.isRegularFile(json)) {
            assertTrue(new ObjectMapper().readTree(json.toFile()).toString().contains("<script>alert(1)</script>"));
        }
    }

    @Test
    void idsFromHostileTitles_stayInsideTheSite() throws IOException {
        List<String> outside;
        try (Stream<Path> files = Files.walk(root)) {
            outside = files.filter(Files::isRegularFile)
                    .map(f -> project.dir.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !(f.startsWith("site/") || f.startsWith("seeds/") || f.startsWith("templates/")
                            || f.startsWith("content/") || f.equals("jbake.properties")))
                    .toList();
        }
        // the tool may keep its own state next to site/ (a build cache), never files named by a seed
        assertEquals(List.of(), outside.stream().filter(f -> !f.startsWith(".edition-cache/")
                        || f.contains("escape") || f.contains("passwd") || f.contains("script")).toList(),
                "files written outside site/");
        assertFalse(Files.exists(Path.of("/tmp/edition-escape")));
        assertFalse(Files.exists(Path.of("/tmp/edition-escape-entry.html")));

        List<String> documents;
        try (Stream<Path> files = Files.list(project.site().resolve("documents"))) {
            documents = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        for (String name : documents) {
            assertTrue(name.matches("[a-z0-9]+(-[a-z0-9]+)*(\\.zh)?\\.html"), name);
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 200, name);
        }
        String ids = documents.stream().collect(Collectors.joining("\n"));
        assertTrue(ids.contains("wilson-center-digital-archive-1963-11-13-etc-passwd-x"), ids);
        assertTrue(ids.contains("tmp-edition-escape"), ids);
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code url}, relative to {@code page}, names a file of the site (not "x" or a seed's URL). */
    private void assertSiteFile(Path page, String url, String where) {
        assertFalse(url.isEmpty() || url.contains(":") || url.startsWith("/"), where + ": " + url);
        Path target = page.getParent().resolve(url.replaceAll("[?#].*", "")).normalize();
        assertTrue(target.startsWith(project.site()) && Files.isRegularFile(target), where + ": " + url);
    }

    private static void assertJson(String data, String where) {
        try {
            new ObjectMapper().readTree(data);
        } catch (IOException e) {
            throw new AssertionError(where + ": inline data is not JSON: " + e.getMessage());
        }
    }
}
