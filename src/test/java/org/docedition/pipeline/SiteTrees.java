package org.docedition.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Builds of the real seeds for the publishing tests, and byte-level snapshots of site folders. */
final class SiteTrees {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path SEEDS = PROJECT.resolve("seeds");

    private SiteTrees() {
    }

    /** Builds {@code seeds} into {@code site}, progress discarded. */
    static BuildReport build(Path seeds, Path site, boolean search) {
        return build(BuildOptions.defaults(PROJECT).withSeeds(seeds).withSite(site).withSearch(search),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    static BuildReport build(BuildOptions options, PrintStream out) {
        return new EditionBuild(options, out).build();
    }

    /** Every file under {@code dir} ('/'-separated relative path) whose path passes {@code include}, with its bytes. */
    static Map<String, byte[]> snapshot(Path dir, Predicate<String> include) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(f).toString().replace('\\', '/');
                if (include.test(name)) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Map<String, byte[]> snapshot(Path dir) {
        return snapshot(dir, name -> true);
    }

    /** Files missing from one side or different between two snapshots; empty when byte-identical. */
    static List<String> differences(Map<String, byte[]> a, Map<String, byte[]> b) {
        List<String> out = new ArrayList<>();
        for (String name : new TreeSet<>(a.keySet()) {{ addAll(b.keySet()); }}) {
            if (!a.containsKey(name)) {
                out.add("only in second: " + name);
            } else if (!b.containsKey(name)) {
                out.add("only in first: " + name);
            } else if (!Arrays.equals(a.get(name), b.get(name))) {
                out.add("differs: " + name);
            }
        }
        return out;
    }

    /** The names in a folder, sorted. */
    static List<String> names(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the real seeds into {@code dir}. */
    static Path copyOfSeeds(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String name : names(SEEDS)) {
                Files.copy(SEEDS.resolve(name), dir.resolve(name));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code command} runs here ({@code command --version} exits 0). */
    static boolean available(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Replaces the first {@code what} in {@code file} with {@code with}, as an editor would; it must be there. */
    static void replaceFirst(Path file, String what, String with) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(what);
        assertTrue(at >= 0, what + " not in " + file);
        Files.writeString(file, text.substring(0, at) + with + text.substring(at + what.length()),
                StandardCharsets.UTF_8);
    }
}
