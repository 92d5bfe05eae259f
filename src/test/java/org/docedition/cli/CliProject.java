package org.docedition.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.docedition.testing.TestTrees;

/**
 * A throw-away project folder (the real templates, content and jbake.properties, seeds written by
 * the test) and a way to run {@link Main#run} on it as a user would, capturing what it prints.
 */
final class CliProject {

    /** The real project: Maven runs the tests there. */
    static final Path REAL = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();

    /** What a stack trace looks like in output: "\tat org.x.Y.m(Y.java:12)" or "Exception in thread". */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.]+\\(|Exception in thread|\\bCaused by: |\\.java:\\d+\\)");

    final Path dir;
    final Path seeds;

    /** Copies templates/, content/ and jbake.properties of the real project into {@code dir}. */
    CliProject(Path dir) {
        this.dir = dir;
        this.seeds = dir.resolve("seeds");
        try {
            Files.createDirectories(seeds);
            TestTrees.copy(REAL.resolve("templates"), dir.resolve("templates"));
            TestTrees.copy(REAL.resolve("content"), dir.resolve("content"));
            Files.copy(REAL.resolve("jbake.properties"), dir.resolve("jbake.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path site() {
        return dir.resolve("site");
    }

    CliProject seed(String name, String text) {
        return seed(name, text.getBytes(StandardCharsets.UTF_8));
    }

    CliProject seed(String name, byte[] bytes) {
        try {
            Files.write(seeds.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** {@code edition <command> --project <dir> <more>}. */
    Result run(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--project", dir.toString()));
        args.addAll(List.of(more));
        return Result.of(args.toArray(String[]::new));
    }

    /**
     * Exit code and output of one run.
     *
     * @param exit the exit code
     * @param out  what it printed to standard output
     * @param err  what it printed to standard error
     */
    record Result(int exit, String out, String err) {

        /** Runs {@link Main#run} with what it prints captured. */
        static Result of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            Result r = new Result(exit, out.toString(), err.toString());
            assertFalse(STACK_TRACE.matcher(r.all()).find(), () -> "a stack trace reached the user:\n" + r.all());
            return r;
        }

        /** Standard output and error together. */
        String all() {
            return out + err;
        }
    }
}
