package org.docedition.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docedition.model.Problem;

/** Writes a document's citation files (BibTeX, RIS, CSL-JSON) under {@code data/cite/} of the site. */
final class CitationFiles {

    private CitationFiles() {
    }

    /** Writes the three files of {@code c}; a file that cannot be written is a problem. */
    static List<Problem> write(Path siteDir, DocumentCitation c) {
        List<Problem> problems = new ArrayList<>(0);
        write(siteDir, c.id() + ".bib", CitationFormats.bibtex(c), problems);
        write(siteDir, c.id() + ".ris", CitationFormats.ris(c), problems);
        write(siteDir, c.id() + ".json", CitationFormats.cslJson(c), problems);
        return problems;
    }

    private static void write(Path siteDir, String name, String text, List<Problem> problems) {
        String path = CitationFormats.DIR + name;
        try {
            Path file = siteDir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Problem.error(path, 0, "cannot write citation file: " + e.getMessage()));
        }
    }
}
