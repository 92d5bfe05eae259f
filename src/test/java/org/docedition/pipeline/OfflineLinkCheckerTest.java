package org.docedition.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineLinkCheckerTest {

    @Test
    void check_reportsEveryKindOfBrokenLinkAndPassesGoodOnes(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("documents"));
        Files.writeString(site.resolve("documents/a.html"), "<p id=note>A</p><a href=\"../index.html#top\">up</a>");
        Files.writeString(site.resolve("style.css"), "body { background: url('missing.png'); }");
        Files.writeString(site.resolve("index.html"), """
                <h1 id="top">Home</h1>
                <link rel="stylesheet" href="style.css">
                <a href="documents/a.html#note">good</a>
                <a href="#top">good</a>
                <a href="https://example.org/">external</a>
                <a href="/documents/a.html">absolute</a>
                <a href="documents/b.html">missing</a>
                <a href="documents/a.html#nope">bad fragment</a>
                <a href="documents/">folder</a>
                <a href="../outside.html">outside</a>
                """);
        OfflineLinkChecker.Result r = OfflineLinkChecker.check(site);
        assertEquals(2, r.pages());
        assertEquals(1, r.external());
        assertEquals(10, r.links());
        assertEquals(4, r.fragments());
        List<String> broken = r.broken().stream().map(b -> b.substring(0, b.indexOf(':'))).toList();
        assertEquals(List.of("index.html -> /documents/a.html", "index.html -> documents/b.html",
                "index.html -> documents/a.html#nope", "index.html -> documents/", "index.html -> ../outside.html",
                "style.css -> missing.png"), broken);
    }
}
