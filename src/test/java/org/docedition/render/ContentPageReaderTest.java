package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docedition.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentPageReaderTest {

    @Test
    void read_jbakePage_givesTitleMenuAndMarkdownBodyWithRawHtmlAsText(@TempDir Path project) throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(content.resolve("about.md"), """
                title=About <this>
                type=page
                status=published
                menu=About
                ~~~~~~

                ## Part

                Some *text* <script>alert(1)</script> <b onclick="x()">bold</b> ${x}.
                """);
        List<Problem> problems = new ArrayList<>();
        List<ContentPage> pages = ContentPageReader.forProject(content).read(problems);
        assertEquals(List.of(), problems);
        assertEquals(1, pages.size());
        ContentPage p = pages.get(0);
        assertEquals("about.html", p.path());
        assertEquals("About <this>", p.title());
        assertEquals("About", p.menu());
        assertTrue(p.bodyHtml().contains("<h2>Part</h2>"), p.bodyHtml());
        assertTrue(p.bodyHtml().contains("<em>text</em>"), p.bodyHtml());
        assertFalse(p.bodyHtml().contains("<script"), p.bodyHtml());
        assertFalse(p.bodyHtml().contains("<b"), p.bodyHtml());
        assertFalse(p.bodyHtml().contains("onclick"), p.bodyHtml());
    }

    @Test
    void read_pageWithoutHeaderOrWithReservedName_isAProblemNotAPage(@TempDir Path project) throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(content.resolve("notes.md"), "Just text, no header.\n");
        Files.writeString(content.resolve("index.md"), "title=Home\ntype=page\nstatus=published\n~~~~~~\nx\n");
        Files.writeString(content.resolve("later.md"), "title=Later\ntype=page\nstatus=draft\n~~~~~~\nx\n");
        List<Problem> problems = new ArrayList<>();
        List<ContentPage> pages = ContentPageReader.forProject(content).read(problems);
        assertEquals(List.of(), pages);
        assertEquals(List.of("content/index.md", "content/notes.md"), problems.stream().map(Problem::file).sorted().toList());
        assertTrue(problems.stream().allMatch(Problem::isError));
    }

    @Test
    void setting_projectProperties_overJBakeDefaults(@TempDir Path project) throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("jbake.properties"), "site.title=An Edition, with a comma\n");
        ContentPageReader r = ContentPageReader.forProject(content);
        assertEquals("An Edition, with a comma", r.setting("site.title", "x"));
        assertEquals("page.ftl", r.setting("template.page.file", "x"));
        assertEquals("fallback", r.setting("no.such.key", "fallback"));
    }
}
