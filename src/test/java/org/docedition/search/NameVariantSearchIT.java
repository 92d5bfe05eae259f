package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.docedition.pipeline.BuildOptions;
import org.docedition.pipeline.BuildReport;
import org.docedition.pipeline.EditionBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18.6: a person is found under every form the authority lists, in Chromium on the site built
 * from the real seeds and content/persons.csv: a variant gives the same results as the name.
 */
class NameVariantSearchIT extends ServedSiteBrowserIT {

    @BeforeAll
    void buildAndServeTheSeeds(@TempDir Path temp) {
        SearchBrowser.requireChromium();
        site = temp.resolve("site");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        BuildReport report;
        try (PrintStream print = new PrintStream(progress, true, StandardCharsets.UTF_8)) {
            report = new EditionBuild(BuildOptions.defaults(SearchFixture.projectDir()).withSite(site), print).build();
        }
        assertTrue(report.written(), () -> report.problems() + "\n" + progress);
        browser = SearchBrowser.serve(site);
    }

    private List<String> resultsFor(String query) {
        browser.open("search.html");
        browser.search(query);
        return browser.resultLinks();
    }

    @Test
    void misspelling_khruschev_givesTheResultsOfKhrushchev() {
        List<String> name = resultsFor("Khrushchev");
        List<String> variant = resultsFor("Khruschev");

        assertFalse(name.isEmpty());
        assertEquals(name, variant);
        assertTrue(browser.statusText().contains("searched as “Nikita S. Khrushchev”"), browser.statusText());
    }

    @Test
    void wadeGiles_chouEnLai_givesTheResultsOfZhouEnlai() {
        List<String> name = resultsFor("Zhou Enlai");
        List<String> variant = resultsFor("Chou En-lai");

        assertTrue(name.size() >= 2, name::toString);
        assertEquals(name, variant);
    }

    @Test
    void invertedWithInitials_gromykoAA_findsTheDocumentThatPrintsAAGromyko() {
        List<String> inverted = resultsFor("Gromyko A.A.");

        assertEquals(resultsFor("Andrei A. Gromyko"), inverted);
        assertTrue(inverted.stream().anyMatch(u -> u.endsWith("documents/sscr-1952-1955-doc-103.html")), inverted::toString);
    }

    @Test
    void placeFacet_listsPlacesWithCounts() {
        browser.open("search.html");
        browser.search("railway");

        assertTrue(browser.facetLabels().stream().anyMatch(l -> l.startsWith("Place")), browser.facetLabels()::toString);
    }
}
