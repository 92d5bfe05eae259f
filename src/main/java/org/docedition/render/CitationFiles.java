package org.docedition.render;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.docedition.files.Memo;
import org.docedition.files.SiteTree;
import org.docedition.model.Problem;

/** Writes a document's citation files (BibTeX, RIS, CSL-JSON) under {@code data/cite/} of the site. */
final class CitationFiles {

    private CitationFiles() {
    }

    /** Writes the three files of {@code c}; a file that cannot be written is a problem. */
    private static List<Problem> write(SiteTree tree, DocumentCitation c) {
        List<Problem> problems = new ArrayList<>(0);
        write(tree, c.id() + ".bib", CitationFormats.bibtex(c), problems);
        write(tree, c.id() + ".ris", CitationFormats.ris(c), problems);
        write(tree, c.id() + ".json", CitationFormats.cslJson(c), problems);
        return problems;
    }

    /**
     * Writes the three files of {@code c}, or keeps the published ones when {@code memo} has
     * their digests from an equal citation (the files are made from the citation alone) and the
     * published site has those very bytes.
     */
    static List<Problem> write(SiteTree tree, DocumentCitation c, Memo<String> memo) {
        if (!memo.remembers()) {
            return write(tree, c);
        }
        String[] paths = {CitationFormats.DIR + c.id() + ".bib", CitationFormats.DIR + c.id() + ".ris",
                CitationFormats.DIR + c.id() + ".json"};
        List<Object> inputs = List.of(c);
        String remembered = memo.recall(paths[0], inputs);
        if (remembered != null) {
            String[] digests = remembered.split(" ");
            boolean kept = true;
            for (int i = 0; i < paths.length && kept; i++) {
                kept = tree.keep(paths[i], digests[i]);
            }
            if (kept) {
                return List.of(); // recall carried the digests over to the next build
            }
        }
        List<Problem> problems = write(tree, c);
        if (problems.isEmpty()) {
            memo.remember(paths[0], inputs,
                    tree.digest(paths[0]) + " " + tree.digest(paths[1]) + " " + tree.digest(paths[2]));
        }
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
