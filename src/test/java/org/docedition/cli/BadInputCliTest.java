package org.docedition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6.1 through the command line a user runs: every kind of bad seed gets a message naming the
 * file and line, a non-zero exit and no stack trace; warnings fail only with {@code --strict}; one
 * run reports every problem; usage errors exit 2.
 */
class BadInputCliTest {

    static final String NBSP = "\u00A0";

    /** A newspaper article in the seed format, with its Chinese original. */
    static String article(String title, String date, String page, String english) {
        return String.join("\n",
                "Title: " + title,
                "Author:",
                "Date: " + date,
                "Page: " + page,
                "",
                english,
                "",
                "<hr /> ",
                "",
                "Original: ",
                "",
                "",
                "### 中苏文化合作会谈结束",
                "",
                date,
                "第" + page + "版()",
                "专栏：",
                "",
                "    中苏文化合作会谈结束",
                "    新华社莫斯科22日电　会谈已经结束。",
                "");
    }

    static final String ARTICLE = article("Cultural Cooperation Talks Conclude", "1957-11-23", "6",
            "Xinhua News Agency, Moscow: the talks on cultural cooperation concluded.");

    /** A collection page: document 70, then whatever {@code rest} adds. */
    static String collection(String... rest) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "Soviet China relationship",                                                        // 1
                "",
                "Letter from the Society to the Kirov Plant." + NBSP + "January 5, 1954",           // 3
                "",
                "A source: Soviet-Chinese relations. 1952-1955: Collection of documents. 2015. pp. 162-166", // 5
                "Archive: Archive of Tianjin. X52 - Y - 31.",                                       // 6
                "70.",                                                                              // 7
                "",
                "Dear comrades!",                                                                   // 9
                ""));
        lines.addAll(List.of(rest));
        return String.join("\n", lines) + "\n";
    }

    @TempDir
    Path temp;
    CliProject project;

    @BeforeEach
    void newProject() {
        project = new CliProject(temp.resolve("project"));
    }

    /** Runs {@code build --no-search}; asserts it failed, named {@code file:line} (or the file) and wrote no site. */
    private CliProject.Result buildFails(String where, String message) {
        CliProject.Result r = project.run("build", "--no-search");
        assertEquals(1, r.exit(), r::all);
        assertTrue(r.err().contains("seeds/" + where + ": error: ") && r.err().contains(message), r::all);
        assertFalse(Files.exists(project.site()), "a failed build writes no site");
        return r;
    }

    @Test
    void emptyFile_errorNamesTheFile() {
        project.seed("000_article.txt", ARTICLE).seed("001_empty.txt", "");
        buildFails("001_empty.txt", "empty file");
    }

    @Test
    void unknownFormat_errorNamesFileLineAndTheFormats() {
        project.seed("000_article.txt", ARTICLE).seed("001_notes.txt", "\n\nSome notes of mine.\nMore notes.\n");
        CliProject.Result r = buildFails("001_notes.txt:3", "unknown seed format");
        assertTrue(r.err().contains("newspaper article") && r.err().contains("collection page")
                && r.err().contains("catalogue listing"), r::err);
    }

    @Test
    void binaryFile_errorNamesFileAndLine() {
        byte[] bytes = "Title: x\nDate: 1957-11-23\n\u0000\u0001\u0002binary".getBytes(StandardCharsets.UTF_8);
        project.seed("000_article.txt", ARTICLE).seed("001_image.txt", bytes);
        buildFails("001_image.txt:3", "binary data");
    }

    @Test
    void controlCharacterInText_errorNamesFileAndLine() {
        project.seed("000_article.txt", ARTICLE.replace("concluded.", "concluded.\u001B[31m"));
        buildFails("000_article.txt:6", "control character U+001B");
    }

    @Test
    void nonUtf8Bytes_errorNamesFileAndLine() {
        byte[] latin1 = ARTICLE.replace("Moscow:", "Moskau, Fran\u00e7ais:").getBytes(StandardCharsets.ISO_8859_1);
        project.seed("000_article.txt", latin1);
        buildFails("000_article.txt:6", "not valid UTF-8");
    }

    @Test
    void byteOrderMarkAndCrlf_buildLikeAPlainFile() throws IOException {
        byte[] text = ARTICLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        project.seed("000_article.txt", withBom);

        CliProject.Result r = project.run("build", "--no-search");

        assertEquals(0, r.exit(), r::all);
        assertFalse(r.err().contains("seeds/"), () -> "no problem with the seed:\n" + r.err());
        var page = Jsoup.parse(project.site().resolve("documents/peoples-daily-1957-11-23-p6.html").toFile(), "UTF-8");
        assertEquals("Cultural Cooperation Talks Conclude", page.selectFirst("h1").text());
        assertFalse(Files.readString(project.site().resolve("documents/peoples-daily-1957-11-23-p6.html"))
                .contains("\r"), "no carriage return reaches the page");
    }

    @Test
    void dateThatDoesNotExist_errorOnItsLineInEachFormat() {
        project.seed("000_article.txt", ARTICLE.replace("Date: 1957-11-23", "Date: 1954-02-30"))
                .seed("001_page.txt", collection(
                        "Reply of the Society." + NBSP + "February 30, 1954",                        // 11
                        "",
                        "Archive: Archive of Tianjin.",
                        "71.",
                        "",
                        "Text."))
                .seed("002_listing.txt", String.join("\n", "Skip to content", "", "Results:", "", "1 - 1 of 1", "",
                        "Documents", "", "February 30, 1954", "", "A memorandum", "", "Its summary.", ""));

        CliProject.Result r = project.run("build", "--no-search");

        assertEquals(1, r.exit(), r::all);
        for (String where : List.of("000_article.txt:3", "001_page.txt:11", "002_listing.txt:9")) {
            assertTrue(r.err().contains("seeds/" + where + ": error: "), () -> where + "\n" + r.all());
        }
    }

    @Test
    void sameNumberTwiceInOneCollection_errorNamesBothLines() {
        project.seed("001_page.txt", collection(
                "Reply of the Society." + NBSP + "January 6, 1954",                                  // 11
                "",
                "Archive: Archive of Tianjin.",
                "70.",                                                                              // 14
                "",
                "Text."));
        CliProject.Result r = buildFails("001_page.txt:14", "document number 70 appears twice");
        assertTrue(r.err().contains("001_page.txt:7"), r::err);
    }

    @Test
    void headingCutOffAtEndOfFile_warnsAndBuildsUnlessStrict() {
        project.seed("001_page.txt", collection("Protocol of the first session." + NBSP + "December 28, 195"));

        CliProject.Result lenient = project.run("build", "--no-search");
        assertEquals(0, lenient.exit(), lenient::all);
        assertTrue(lenient.err().contains("seeds/001_page.txt:11: warning: heading cut off at end of file"),
                lenient::all);
        assertTrue(Files.isRegularFile(project.site().resolve("index.html")));

        CliProject.Result strict = project.run("build", "--no-search", "--strict");
        assertEquals(1, strict.exit(), strict::all);
        assertTrue(strict.err().contains("seeds/001_page.txt:11: warning: heading cut off"), strict::all);
        assertTrue(strict.err().contains("(--strict)"), strict::all);

        CliProject.Result check = project.run("check", "--strict");
        assertEquals(1, check.exit(), check::all);
        assertEquals(0, project.run("check").exit());
    }

    @Test
    void badPageLimitSetting_isAWarningOfCheckAndBuild() throws IOException {
        project.seed("001_page.txt", collection("First paragraph."));
        Path properties = project.dir.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties) + "\napparatus.list.page.size=0\n");
        for (String command : List.of("check", "build")) {
            CliProject.Result r = command.equals("build") ? project.run("build", "--no-search") : project.run("check");
            assertEquals(0, r.exit(), r::all);
            assertTrue(r.all().contains("jbake.properties: warning: apparatus.list.page.size must be a whole number"
                    + " of documents (1 or more), not \"0\"; using 500"), r::all);
        }
        assertEquals(1, project.run("check", "--strict").exit());
    }

    @Test
    void unresolvedReference_isAWarningThatFailsOnlyWithStrict() {
        project.seed("001_page.txt", collection("* See doc. 999."));

        CliProject.Result lenient = project.run("build", "--no-search");
        assertEquals(0, lenient.exit(), lenient::all);
        assertTrue(lenient.err().contains("seeds/001_page.txt:11: warning: ") && lenient.err().contains("999"),
                lenient::all);
        assertEquals(1, project.run("build", "--no-search", "--strict").exit());
    }

    @Test
    void tenMegabyteLine_buildsAndKeepsTheWholeLine() throws IOException {
        String line = "cooperation ".repeat(900_000).strip(); // 10.8 MB
        project.seed("000_article.txt", article("A Very Long Report", "1957-11-23", "6", line));

        CliProject.Result r = project.run("build", "--no-search");

        assertEquals(0, r.exit(), r::all);
        assertFalse(r.err().contains("seeds/"), () -> "no problem with the seed:\n" + r.err());
        String html = Files.readString(project.site().resolve("documents/peoples-daily-1957-11-23-p6.html"));
        assertTrue(html.contains(line), "the 10 MB paragraph is on the page whole");
    }

    @Test
    void hundredThousandLineFile_buildsWithEveryLineAccountedFor() throws IOException {
        StringBuilder english = new StringBuilder();
        for (int i = 1; i <= 50_000; i++) {
            english.append("Paragraph number ").append(i).append(" of the report.\n\n");
        }
        String text = article("A Very Long Report", "1957-11-23", "6", english.toString().strip());
        assertTrue(text.lines().count() >= 100_000, "lines: " + text.lines().count());
        project.seed("000_article.txt", text);

        CliProject.Result r = project.run("build", "--no-search");

        assertEquals(0, r.exit(), r::all);
        assertFalse(r.err().contains("seeds/"), () -> "no problem with the seed:\n" + r.err());
        assertTrue(r.out().contains(" 0 unaccounted"), r::out);
        String html = Files.readString(project.site().resolve("documents/peoples-daily-1957-11-23-p6.html"));
        assertTrue(html.contains("Paragraph number 50000 of the report."));
    }

    @Test
    void manyBadFiles_everyProblemReportedInOneRun() {
        project.seed("000_article.txt", ARTICLE.replace("Date: 1957-11-23", "Date: 1957-02-30"))
                .seed("001_empty.txt", "")
                .seed("002_notes.txt", "Some notes.\n")
                .seed("003_latin1.txt", "Title: Fran\u00e7ais\n".getBytes(StandardCharsets.ISO_8859_1))
                .seed("004_page.txt", collection("Again." + NBSP + "January 6, 1954", "", "Archive: X.", "70.", "",
                        "Text."));

        for (String command : List.of("build", "check")) {
            CliProject.Result r = command.equals("build") ? project.run("build", "--no-search") : project.run("check");
            assertEquals(1, r.exit(), r::all);
            for (String where : List.of("000_article.txt:3", "001_empty.txt", "002_notes.txt:1", "003_latin1.txt:1",
                    "004_page.txt:14")) {
                assertTrue(r.all().contains("seeds/" + where + ": error: "), () -> command + ": " + where + "\n" + r.all());
            }
        }
        assertTrue(project.run("check").out().contains("5 errors"));
    }

    @Test
    void missingSeedsFolder_problemNotStackTrace() {
        CliProject.Result r = project.run("build", "--no-search", "--seeds", temp.resolve("nowhere").toString());
        assertEquals(1, r.exit(), r::all);
        assertTrue(r.err().contains("nowhere"), r::all);
    }

    @Test
    void missingTemplates_oneLineMessageNotStackTrace() throws IOException {
        project.seed("000_article.txt", ARTICLE);
        Files.delete(project.dir.resolve("templates/document.ftl"));

        CliProject.Result r = project.run("build", "--no-search");

        assertEquals(1, r.exit(), r::all);
        assertTrue(r.err().contains("document.ftl"), r::all);
        assertFalse(Files.exists(project.site()));
    }

    @Test
    void searchToolMissing_oneLineMessageSayingWhatToDo() {
        project.seed("000_article.txt", ARTICLE);

        CliProject.Result r = project.run("build"); // the temp project has no node_modules

        assertEquals(1, r.exit(), r::all);
        assertTrue(r.err().startsWith("edition: ") && r.err().contains("npm ci"), r::all);
        assertFalse(Files.exists(project.site()));
    }

    @Test
    void usageErrors_exitTwo() {
        assertEquals(2, CliProject.Result.of().exit(), "no command");
        assertEquals(2, CliProject.Result.of("bogus").exit(), "unknown command");
        assertEquals(2, CliProject.Result.of("build", "--nope").exit(), "unknown option");
        assertEquals(2, CliProject.Result.of("serve", "--port", "eighty").exit(), "bad option value");
        CliProject.Result missing = CliProject.Result.of("check", "--project");
        assertEquals(2, missing.exit(), "option without its value");
        assertTrue(missing.err().contains("--project"), missing::all);
    }

    @Test
    void helpAndVersion_exitZero() {
        assertEquals(0, CliProject.Result.of("--help").exit());
        assertEquals(0, CliProject.Result.of("--version").exit());
        assertEquals(0, CliProject.Result.of("help", "build").exit());
    }

    @Test
    void describe_anExceptionWithoutMessage_saysInternalErrorInOneLine() {
        assertEquals("internal error (NullPointerException); please report it",
                Main.describe(new NullPointerException()));
        assertEquals("disk full", Main.describe(new RuntimeException(null, new IOException("disk full"))));
        assertTrue(Main.describe(new OutOfMemoryError("Java heap space")).contains("EDITION_JAVA_OPTS"));
    }
}
