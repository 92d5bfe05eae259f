package org.docedition.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.testing.RequiredProgram;
import org.docedition.testing.SiteServer;
import org.junit.jupiter.api.Test;

/**
 * No broken link on any page, over HTTP: LinkChecker (Debian's {@code linkchecker}, with its
 * AnchorCheck plugin) follows every link from every page. An integration test, as it needs that
 * program; the same check over the files runs in {@code mvn test} ({@link LinkCheckTest}).
 */
class LinkCheckIT {

    private static final Pattern TOTALS = Pattern.compile("(\\d+) warnings? found\\. (\\d+) errors? found\\.");

    @Test
    void linkchecker_findsNoBrokenLinkOrMissingAnchor() throws Exception {
        Path linkchecker = RequiredProgram.at(Path.of("/usr/bin/linkchecker"), "apt-get install -y linkchecker");
        Path config = Files.createTempFile("linkcheckerrc", ".ini");
        // linkchecker drops root privileges to 'nobody', who must be able to read its configuration
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(config, "[checking]\nthreads=4\nmaxrequestspersecond=1000\n[AnchorCheck]\n");
        try (SiteServer server = new SiteServer(SeedsSite.dir())) {
            List<String> command = new ArrayList<>(List.of(linkchecker.toString(), "--config", config.toString(),
                    "--no-status", "--no-robots"));
            // every page as a start, so none is missed however it is reached
            SeedsSite.pages().forEach(p -> command.add(server.baseUrl() + p));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "linkchecker finished");
            Matcher totals = TOTALS.matcher(output);
            assertTrue(totals.find(), output);
            assertEquals("0 warnings, 0 errors", totals.group(1) + " warnings, " + totals.group(2) + " errors", output);
            assertEquals(0, process.exitValue(), output);
        } finally {
            Files.delete(config);
        }
    }
}
