package org.docedition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hugo reference's search index: as one site, and in parts when Pagefind fails on the whole
 * (as it does on Hugo's 130,000 pages at 100,000 documents, out of memory). Runs the project's
 * pinned Pagefind; Hugo itself is not needed (its output is written here by hand).
 */
class HugoReferenceTest {

    private static final Path PAGEFIND = Path.of("node_modules/@pagefind/linux-x64/bin/pagefind_extended")
            .toAbsolutePath();
    private static final Pattern PAGE_COUNT = Pattern.compile("\"page_count\":(\\d+)");

    @TempDir
    Path temp;

    @Test
    void shard_linksThePagesInPathOrderIntoFoldersOfAtMostN() throws IOException {
        Path site = site(25);
        Files.writeString(site.resolve("style.css"), "body{}");
        Files.createDirectories(site.resolve("pagefind"));
        Files.writeString(site.resolve("pagefind/left-over.html"), "<html></html>");

        List<Path> folders = HugoReference.shard(site, temp.resolve("shards"), 10);

        assertEquals(List.of("shard-00", "shard-01", "shard-02"),
                folders.stream().map(f -> f.getFileName().toString()).toList());
        List<String> all = new ArrayList<>();
        for (Path folder : folders) {
            all.addAll(html(folder));
        }
        assertEquals(html(site).stream().filter(p -> !p.startsWith("pagefind/")).sorted().toList(), all);
        assertEquals(List.of(10, 10, 5), folders.stream().map(f -> html(f).size()).toList());
        String first = html(folders.get(0)).get(0);
        assertEquals(Files.getAttribute(site.resolve(first), "unix:ino"),
                Files.getAttribute(folders.get(0).resolve(first), "unix:ino"), "a hard link, not a copy");
    }

    @Test
    void index_ofASiteTooLargeForOnePagefind_indexesItInShards() throws Exception {
        Path site = site(25);
        HugoReference reference = new HugoReference(pagefindFailingAbove(10), 0);

        HugoReference.Run run = reference.index(ok(), site, temp.resolve("logs"), 10);

        assertFalse(run.pagefind().ok());
        assertTrue(run.pagefind().failureLine().contains("memory allocation"), run.pagefind().failureLine());
        assertTrue(run.ok() && run.sharded().ok(), () -> run.sharded().stderr());
        assertSame(run.sharded(), run.index());
        assertEquals(3, run.shards());
        assertFalse(Files.exists(site.resolve("pagefind")), "no half-written bundle is left in the site");
        List<Integer> counts = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 3; i++) {
            Path bundle = HugoReference.shardsOf(site).resolve(String.format(Locale.ROOT, "shard-%02d/pagefind", i));
            counts.add(pageCount(bundle));
            bytes += DirectoryTree.size(bundle);
        }
        assertEquals(List.of(10, 10, 5), counts);
        assertEquals(bytes, run.indexBytes());
        assertEquals(DirectoryTree.size(site) + bytes, run.outputBytes());
    }

    @Test
    void index_ofASiteOnePagefindManages_indexesItWhole() throws Exception {
        Path site = site(8);
        HugoReference reference = new HugoReference(pagefindFailingAbove(10), 0);

        HugoReference.Run run = reference.index(ok(), site, temp.resolve("logs"), 10);

        assertTrue(run.ok() && run.pagefind().ok());
        assertNull(run.sharded());
        assertSame(run.pagefind(), run.index());
        assertEquals(0, run.shards());
        assertEquals(8, pageCount(site.resolve("pagefind")));
        assertFalse(Files.exists(HugoReference.shardsOf(site)));
    }

    /** Hugo-like output: {@code n} pages in two sections. */
    private Path site(int n) throws IOException {
        Path site = Files.createDirectories(temp.resolve("hugo-public"));
        for (int i = 0; i < n; i++) {
            Path page = site.resolve((i % 2 == 0 ? "collection" : "newspaper") + "/doc-" + i + "/index.html");
            Files.createDirectories(page.getParent());
            Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><title>Document " + i
                    + "</title></head><body><main><h1>Document " + i + "</h1><p>Telegram number " + i
                    + " from Beijing to Moscow.</p></main></body></html>");
        }
        return site;
    }

    /** A stand-in for a Pagefind that runs out of memory on sites of more than {@code pages} pages. */
    private Path pagefindFailingAbove(int pages) throws IOException {
        assertTrue(Files.isExecutable(PAGEFIND), "run npm ci first: " + PAGEFIND);
        Path script = temp.resolve("pagefind");
        Files.writeString(script, "#!/bin/sh\n"
                + "if [ \"$(find . -name '*.html' | wc -l)\" -gt " + pages + " ]; then\n"
                + "  echo 'memory allocation of 224 bytes failed' >&2; exit 134\n"
                + "fi\n"
                + "exec '" + PAGEFIND + "' \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static MeasuredProcess.Result ok() {
        return new MeasuredProcess.Result(0, 1, 0, 0, "", "");
    }

    private static List<String> html(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> f.toString().endsWith(".html")).map(f -> root.relativize(f).toString()).sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int pageCount(Path bundle) throws IOException {
        Matcher m = PAGE_COUNT.matcher(Files.readString(bundle.resolve("pagefind-entry.json")).replace(" ", ""));
        assertTrue(m.find(), "pagefind-entry.json names a page count");
        return Integer.parseInt(m.group(1));
    }
}
