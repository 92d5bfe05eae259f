package org.docedition.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A program a check runs (Chromium, linkchecker). Without it the calling test is skipped, unless
 * {@code REQUIRE_BROWSER=1} (CI sets it, see {@code .ci/run}): then it fails.
 */
public final class RequiredProgram {

    private RequiredProgram() {
    }

    /** {@code program}, if it is there; {@code install} says how to get it. */
    public static Path at(Path program, String install) {
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
