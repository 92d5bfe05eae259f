package org.docedition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The project folder and the hand-written fixture site of the search tests. */
final class SearchFixture {

    private SearchFixture() {
    }

    /** The project folder: Maven runs tests there, and it holds node_modules and templates/. */
    static Path projectDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
    }

    /** A copy of the fixture site in {@code target}, with the search page's assets from templates/. */
    static Path copySite(Path target) {
        try {
            URL url = SearchFixture.class.getResource("site/search.html");
            if (url == null) {
                throw new IllegalStateException("fixture site missing from the test classpath");
            }
            Path source = Path.of(url.toURI()).getParent();
            copyTree(source, target);
            copyTree(projectDir().resolve("templates/assets"), target.resolve("assets"));
            return target;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
