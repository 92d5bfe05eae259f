package org.docedition.qa;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the programs the browser and link checks run. Without one the test is skipped, unless
 * {@code REQUIRE_BROWSER=1} (CI sets it, see {@code .ci/run}): then it fails.
 */
final class Tools {

    private Tools() {
    }

    /** Debian's Chromium, or {@code CHROMIUM_PATH}. */
    static Path chromium() {
        return require(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")),
                "apt-get install -y chromium fonts-noto-cjk");
    }

    /** Debian's linkchecker. */
    static Path linkchecker() {
        return require(Path.of("/usr/bin/linkchecker"), "apt-get install -y linkchecker");
    }

    private static Path require(Path program, String install) {
        if (!Files.isExecutable(program)) {
            String why = program + " not found (" + install + ")";
            if ("1".equals(System.getenv("REQUIRE_BROWSER"))) {
                fail(why + "; REQUIRE_BROWSER=1 says these checks must run");
            }
            Assumptions.abort(why);
        }
        return program;
    }
}
