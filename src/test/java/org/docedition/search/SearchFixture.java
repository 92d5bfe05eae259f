package org.docedition.search;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.docedition.testing.TestTrees;

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
            TestTrees.copy(source, target);
            TestTrees.copy(projectDir().resolve("templates/assets"), target.resolve("assets"));
            return target;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
