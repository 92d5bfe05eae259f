package org.docedition.apparatus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.docedition.model.Document;
import org.docedition.model.Footnote;
import org.docedition.model.Paragraph;
import org.docedition.model.Problem;

/**
 * Reports footnote markers without a note and notes without a marker; the page shows both anyway
 * (the marker as plain text, the note without a way back).
 */
final class FootnoteCheck {

    private FootnoteCheck() {
    }

    /** Adds a warning to {@code problems} for every unmatched marker or note of {@code d}. */
    static void check(Document d, List<Problem> problems) {
        if (d.footnotes().isEmpty() && d.paragraphs().stream().noneMatch(p -> p.text().indexOf('*') >= 0)) {
            return;
        }
        Set<Integer> ordinals = new HashSet<>();
        d.footnotes().forEach(f -> ordinals.add(f.ordinal()));
        Set<Integer> marked = new HashSet<>();
        String file = d.location().file();
        int numberLine = d.location().firstLine();
        for (FootnoteMarkers.Marker m : FootnoteMarkers.find(d.numberMark(), ordinals)) {
            marked.add(m.ordinal());
            unmatched(d.numberMark(), m, ordinals, file, numberLine, d, problems);
        }
        for (Paragraph p : d.paragraphs()) {
            for (FootnoteMarkers.Marker m : FootnoteMarkers.find(p.text(), ordinals)) {
                marked.add(m.ordinal());
                unmatched(p.text(), m, ordinals, file, p.line(), d, problems);
            }
        }
        for (Footnote f : d.footnotes()) {
            if (!marked.contains(f.ordinal())) {
                problems.add(Problem.warning(file, f.line(), "note " + f.marker().strip() + " of " + label(d)
                        + " has no marker in the text (the note is shown without a link back)"));
            }
        }
    }

    private static void unmatched(String text, FootnoteMarkers.Marker m, Set<Integer> ordinals, String file, int line,
                                  Document d, List<Problem> problems) {
        if (!ordinals.contains(m.ordinal())) {
            problems.add(Problem.warning(file, line, "footnote marker '" + text.substring(m.start(), m.end())
                    + "' in " + label(d) + " has no note " + m.ordinal() + " (shown as printed, not linked)"));
        }
    }

    private static String label(Document d) {
        return d.number().isPresent() ? d.numberLabel().toLowerCase(java.util.Locale.ROOT) : d.id().value();
    }
}
