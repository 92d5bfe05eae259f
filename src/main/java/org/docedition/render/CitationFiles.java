package org.docedition.render;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.docedition.files.SiteTree;
import org.docedition.model.Problem;

/** Writes a document's citation files (BibTeX, RIS, CSL-JSON) under {@code data/cite/} of the site. */
final class CitationFiles {

    private CitationFiles() {
    }

    /** Writes the three files of {@code c}; a file that cannot be written is a problem. */
    static List<Problem> write(SiteTree tree, DocumentCitation c) {
        List<Problem> problems = new ArrayList<>(0);
        write(tree, c.id() + ".bib", CitationFormats.bibtex(c), problems);
        write(tree, c.id() + ".ris", CitationFormats.ris(c), problems);
        write(tree, c.id() + ".json", CitationFormats.cslJson(c), problems);
        return problems;
    }

    private static void write(SiteTree tree, String name, String text, List<Problem> problems) {
        String path = CitationFormats.DIR + name;
        try {
            tree.write(path, text.getBytes(StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            problems.add(Problem.error(path, 0, "cannot write citation file: " + e.getMessage()));
        }
    }
}
