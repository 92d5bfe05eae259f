package org.docedition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.docedition.testing.TestTrees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What harvesters and libraries get from {@code edition build --site-url} and {@code edition
 * package} on the real seeds: sitemap, robots.txt, Atom feed, data files, a manifest that
 * {@code sha256sum -c} accepts, and a BagIt bag the Library of Congress reader validates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HarvestFilesCliTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final String BASE = "https://example.org/edition/";

    Path work;
    Path site;

    @BeforeAll
    void build(@TempDir Path dir) {
        work = dir;
        site = work.resolve("site");
        assertEquals(0, Main.run("build", "--project", PROJECT.toString(), "--out", site.toString(),
                "--site-url", BASE));
    }

    @Test
    void sitemap_listsEveryPageByItsAbsoluteUrl() throws IOException {
        Document sitemap = xml("sitemap.xml");
        Set<String> listed = new TreeSet<>();
        for (Element loc : sitemap.select("url > loc")) {
            assertTrue(loc.text().startsWith(BASE), loc.text());
            listed.add(loc.text().substring(BASE.length()));
        }
        Set<String> pages = new TreeSet<>(files(n -> n.endsWith(".html")));
        pages.remove("search.html"); // a search form, nothing to index
        listed.remove("search.html");
        listed.remove("");
        pages.remove("index.html");
        listed.remove("index.html");
        assertEquals(pages, listed);
    }

    @Test
    void robots_allowsEverythingAndNamesTheSitemap() throws IOException {
        List<String> robots = Files.readAllLines(site.resolve("robots.txt"));
        assertTrue(robots.contains("User-agent: *"), robots::toString);
        assertFalse(robots.stream().anyMatch(l -> l.strip().equals("Disallow: /")), robots::toString);
        assertTrue(robots.contains("Sitemap: " + BASE + "sitemap.xml"), robots::toString);
    }

    @Test
    void feed_hasOneEntryPerDocumentLinkingItsPage() throws IOException {
        Document feed = xml("feed.xml");
        assertEquals("http://www.w3.org/2005/Atom", feed.selectFirst("feed").attr("xmlns"));
        List<Element> entries = feed.select("entry");
        assertEquals(49, entries.size());
        Set<String> ids = new HashSet<>();
        for (Element entry : entries) {
            assertTrue(ids.add(entry.selectFirst("id").text()), "entry ids are unique");
            assertFalse(entry.selectFirst("title").text().isBlank());
            assertFalse(entry.selectFirst("updated").text().isBlank());
            String href = entry.selectFirst("link[rel=alternate]").attr("href");
            assertTrue(href.startsWith(BASE + "documents/"), href);
            assertTrue(Files.isRegularFile(site.resolve(href.substring(BASE.length()))), href);
        }
    }

    @Test
    void dataFiles_describeEveryDocumentAndTheDataPackageNamesThem() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode documents = json.readTree(site.resolve("data/documents.json").toFile());
        assertEquals(49, documents.size());
        for (JsonNode d : documents) {
            assertTrue(Files.isRegularFile(site.resolve(d.get("url").asText())));
            JsonNode record = json.readTree(site.resolve("data/documents/" + d.get("id").asText() + ".json").toFile());
            assertEquals(d.get("id"), record.get("id"));
        }
        String csv = Files.readString(site.resolve("data/documents.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("id,url,title,date,kind,number,source,references"), csv.substring(0, 80));
        JsonNode pkg = json.readTree(site.resolve("data/datapackage.json").toFile());
        Set<String> paths = new HashSet<>();
        for (JsonNode resource : pkg.get("resources")) {
            String path = resource.get("path").asText();
            paths.add(path);
            assertTrue(Files.isRegularFile(site.resolve("data").resolve(path)), path);
        }
        assertTrue(paths.containsAll(Set.of("documents.csv", "documents.json")), paths::toString);
    }

    @Test
    void manifest_listsEveryOtherFileWithItsSha256() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(site.resolve("manifest-sha256.txt"))) {
            assertTrue(line.matches("[0-9a-f]{64}  \\S.*"), line);
            listed.add(line.substring(66));
        }
        Set<String> files = new TreeSet<>(files(n -> true));
        files.remove("manifest-sha256.txt");
        assertEquals(files, listed);
    }

    @Test
    void manifest_isVerifiedBySha256sumAndACorruptFileIsCaught() throws Exception {
        assumeTrue(available("sha256sum"), "GNU coreutils sha256sum is needed");
        assertEquals(0, sha256sumCheck(site));
        Path copy = work.resolve("corrupted");
        TestTrees.copy(site, copy);
        Files.writeString(copy.resolve("documents/sscr-1952-1955-doc-72.html"), "changed", StandardCharsets.UTF_8);
        assertNotEquals(0, sha256sumCheck(copy));
    }

    @Test
    void packageCommand_writesABagThatValidates() throws Exception {
        Path zip = work.resolve("out/edition-bag.zip");
        Files.createDirectories(zip.getParent());
        assertEquals(0, Main.run("package", "--site", site.toString(), "-o", zip.toString()));
        Path bagDir = unzip(zip, Files.createDirectories(work.resolve("unzipped"))).resolve("edition-bag");
        Bag bag = new BagReader().read(bagDir);
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false); // throws on any missing, extra or corrupt file
        }
        Set<String> payload = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(bagDir.resolve("data"))) {
            walk.filter(Files::isRegularFile).forEach(f -> payload.add(bagDir.resolve("data").relativize(f)
                    .toString().replace('\\', '/')));
        }
        assertEquals(new TreeSet<>(files(n -> true)), payload);
    }

    @Test
    void packageCommand_withoutABuiltSite_failsWithExitCode1() {
        assertEquals(1, Main.run("package", "--site", work.resolve("no-site").toString(), "-o",
                work.resolve("x.zip").toString()));
        assertFalse(Files.exists(work.resolve("x.zip")));
    }

    @Test
    void checkCommand_writesNothing() throws IOException {
        Path out = work.resolve("check-site");
        assertEquals(0, Main.run("check", "--project", PROJECT.toString(), "--out", out.toString()));
        assertFalse(Files.exists(out));
        Path bad = Files.createDirectories(work.resolve("bad-seeds"));
        Files.writeString(bad.resolve("new.md"), "---\ntitle: T\nkind: memo\n---\nText.\n");
        assertEquals(1, Main.run("check", "--project", PROJECT.toString(), "--seeds", bad.toString(), "--out",
                out.toString()));
        assertFalse(Files.exists(out));
    }

    private Document xml(String file) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(file), StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    private List<String> files(java.util.function.Predicate<String> include) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .filter(include).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int sha256sumCheck(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sha256sum", "--check", "--quiet", "--strict", "manifest-sha256.txt")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return p.exitValue();
    }

    private static boolean available(String command) {
        try {
            return new ProcessBuilder(command, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(into), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(z, target);
                }
            }
        }
        return into;
    }
}
