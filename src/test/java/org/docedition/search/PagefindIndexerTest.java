package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagefindIndexerTest {

    @TempDir
    Path temp;

    private final PagefindIndexer indexer = new PagefindIndexer(SearchFixture.projectDir());

    @Test
    void index_fixtureSite_indexesEachDocumentOnceInOneBundle() {
        Path site = SearchFixture.copySite(temp.resolve("site"));

        SearchReport report = indexer.index(site);

        assertTrue(Files.isRegularFile(site.resolve("pagefind/pagefind.js")));
        assertTrue(Files.isRegularFile(site.resolve("pagefind/pagefind-entry.json")));
        assertTrue(Files.isRegularFile(site.resolve("pagefind/pagefind-worker.js")));
        assertFalse(Files.exists(site.resolve("pagefind/pagefind-ui.js")), "the unused default UI is removed");
        assertFalse(Files.exists(site.resolve("pagefind/pagefind-component-ui.js")));
        assertFalse(Files.exists(site.resolve("pagefind-zh")), "the originals are indexed with their documents");
        assertEquals(1, report.bundles().size());
        // 8 document pages with data-pagefind-body (3 of them with their Chinese original); index.html
        // and search.html have none; the originals' own pages (documents/*.zh.html) are not indexed
        assertEquals(new SearchReport.Bundle("pagefind", "en", 8, bytes(site.resolve("pagefind")),
                files(site.resolve("pagefind"))), report.bundles().get(0));
        assertEquals(8, report.pages());
        assertEquals(files(site.resolve("pagefind")), report.files());
        assertTrue(report.summary().startsWith("8 pages (en 8), "), report.summary());
    }

    @Test
    void index_chineseOriginalsWithEnglishChrome_areIndexedWithTheirDocumentsAsEnglish() throws IOException {
        Path site = SearchFixture.copySite(temp.resolve("site"));
        byte[] published = Files.readAllBytes(site.resolve("documents/peoples-daily-1957-11-23-p6.html"));

        indexer.index(site);

        String main = Files.readString(site.resolve("pagefind/pagefind-entry.json"));
        assertTrue(main.contains("\"en\"") && !main.contains("zh"), main);
        // the words of the Chinese are split in Pagefind's copy only: the published page is as it was
        assertTrue(java.util.Arrays.equals(published,
                Files.readAllBytes(site.resolve("documents/peoples-daily-1957-11-23-p6.html"))));
    }

    @Test
    void index_siteWithoutChineseOriginals_writesOnlyTheMainBundle() throws IOException {
        Path site = SearchFixture.copySite(temp.resolve("site"));
        try (Stream<Path> zh = Files.list(site.resolve("documents"))) {
            for (Path p : (Iterable<Path>) zh.filter(p -> p.toString().endsWith(".zh.html"))::iterator) {
                Files.delete(p);
            }
        }
        Files.createDirectories(site.resolve("pagefind-zh"));
        Files.writeString(site.resolve("pagefind-zh/stale.txt"), "from an earlier build");

        SearchReport report = indexer.index(site);

        assertEquals(1, report.bundles().size());
        assertEquals(8, report.pages());
        assertFalse(Files.exists(site.resolve("pagefind-zh")), "a stale Chinese bundle must not survive");
    }

    @Test
    void index_twice_replacesTheOldBundle() throws IOException {
        Path site = SearchFixture.copySite(temp.resolve("site"));
        indexer.index(site);
        Files.writeString(site.resolve("pagefind/stale.pf_fragment"), "x");

        SearchReport again = indexer.index(site);

        assertFalse(Files.exists(site.resolve("pagefind/stale.pf_fragment")));
        assertEquals(8, again.pages());
    }

    @Test
    void index_noPagefindInstalled_saysToRunNpmCi() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path site = SearchFixture.copySite(temp.resolve("site"));

        SearchIndexException e = assertThrows(SearchIndexException.class,
                () -> new PagefindIndexer(project).index(site));

        assertTrue(e.getMessage().contains("Pagefind is not installed"), e.getMessage());
        assertTrue(e.getMessage().contains("npm ci"), e.getMessage());
        assertTrue(e.getMessage().contains("pagefind_extended"), e.getMessage());
    }

    @Test
    void index_installedVersionIsNotThePinnedOne_saysToRunNpmCi() throws IOException {
        Path project = fakeProject("1.4.0", "1.5.2", "#!/bin/sh\nexit 0\n");
        Path site = SearchFixture.copySite(temp.resolve("site"));

        SearchIndexException e = assertThrows(SearchIndexException.class,
                () -> new PagefindIndexer(project).index(site));

        assertTrue(e.getMessage().contains("1.4.0 is installed but package-lock.json pins 1.5.2"), e.getMessage());
        assertTrue(e.getMessage().contains("npm ci"), e.getMessage());
    }

    @Test
    void index_pagefindFails_reportsItsOutput() throws IOException {
        Path project = fakeProject("1.5.2", "1.5.2", "#!/bin/sh\necho 'Error: something broke'\nexit 3\n");
        Path site = SearchFixture.copySite(temp.resolve("site"));

        SearchIndexException e = assertThrows(SearchIndexException.class,
                () -> new PagefindIndexer(project).index(site));

        assertTrue(e.getMessage().contains("exit 3"), e.getMessage());
        assertTrue(e.getMessage().contains("Error: something broke"), e.getMessage());
    }

    @Test
    void index_pagefindOutputWithoutPageCount_failsInsteadOfGuessing() throws IOException {
        Path project = fakeProject("1.5.2", "1.5.2", "#!/bin/sh\necho 'Finished'\nexit 0\n");
        Path site = SearchFixture.copySite(temp.resolve("site"));

        SearchIndexException e = assertThrows(SearchIndexException.class,
                () -> new PagefindIndexer(project).index(site));

        assertTrue(e.getMessage().contains("did not report how many pages"), e.getMessage());
    }

    private Path fakeProject(String installed, String pinned, String script) throws IOException {
        Path project = Files.createDirectories(temp.resolve("fake-project"));
        Path pkg = Files.createDirectories(project.resolve("node_modules/@pagefind/" + PagefindBinary.platform()));
        Path bin = Files.createDirectories(pkg.resolve("bin")).resolve("pagefind_extended");
        Files.writeString(bin, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(pkg.resolve("package.json"), "{\"version\":\"" + installed + "\"}");
        Files.writeString(project.resolve("package-lock.json"),
                "{\"packages\":{\"node_modules/pagefind\":{\"version\":\"" + pinned + "\"}}}");
        return project;
    }

    private static long bytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int files(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
