package org.docedition.correct;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.ingest.IngestResult;
import org.docedition.ingest.LineLedger;
import org.docedition.model.ArchiveCitation;
import org.docedition.model.Correction;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.Paragraph;
import org.docedition.model.PrintedSource;
import org.docedition.model.Problem;

/**
 * Applies the editors' corrections to the documents as read: each field then holds the corrected
 * reading and the document lists what was printed instead ({@link Correction}).
 *
 * <p>A row anchored to a seed line must still find its printed text on that line, in a text of
 * the document that owns the line; otherwise it is an error naming the row and the seed line, so a
 * correction never silently lands elsewhere after the seed changed. The ledger of printed lines is
 * left as it was: the fidelity check still finds every printed character on the pages, which show
 * the printed form beside the correction.
 */
public final class Corrector {

    private final CorrectionsFile file;
    private final List<Problem> fileProblems;

    private Corrector(CorrectionsFile file, List<Problem> fileProblems) {
        this.file = file;
        this.fileProblems = List.copyOf(fileProblems);
    }

    /** No corrections. */
    public static Corrector none() {
        return new Corrector(CorrectionsFile.none(), List.of());
    }

    /** The corrections in {@code content/corrections.csv} of a project whose pages are in {@code contentDir}. */
    public static Corrector forContent(Path contentDir) {
        List<Problem> problems = new ArrayList<>();
        Path parent = contentDir.getFileName();
        String display = (parent == null ? "" : parent + "/") + CorrectionsFile.NAME;
        return new Corrector(CorrectionsFile.read(contentDir.resolve(CorrectionsFile.NAME), display, problems), problems);
    }

    /** The corrections in {@code text}, a corrections file called {@code displayName}. */
    static Corrector of(String displayName, String text) {
        List<Problem> problems = new ArrayList<>();
        return new Corrector(CorrectionsFile.parse(displayName, text, problems), problems);
    }

    /**
     * {@code ingest} with its documents corrected, and the corrections' problems added to its own
     * (a stale anchor, a rule that matches nothing, residue not yet corrected).
     */
    public IngestResult apply(IngestResult ingest) {
        List<Problem> problems = new ArrayList<>(ingest.problems());
        problems.addAll(fileProblems);
        Map<DocumentId, List<Anchored>> anchored = anchor(ingest.ledger(), problems);
        List<CorrectionsFile.Entry> rules = file.entries().stream().filter(CorrectionsFile.Entry::rule).toList();
        Set<CorrectionsFile.Entry> used = new HashSet<>();
        List<Document> out = new ArrayList<>(ingest.documents().size());
        for (Document d : ingest.documents()) {
            List<Anchored> mine = anchored.getOrDefault(d.id(), List.of());
            List<CorrectionsFile.Entry> myRules = rules.stream().filter(r -> r.names(d.location().file())).toList();
            out.add(mine.isEmpty() && myRules.isEmpty() ? d : correct(d, mine, myRules, used, problems));
        }
        for (CorrectionsFile.Entry r : rules) {
            if (!used.contains(r)) {
                problems.add(Problem.warning(file.displayName(), r.row(), "the rule for '" + r.printed()
                        + "' matches nothing in " + (r.seed().equals("*") ? "any seed" : r.seed())));
            }
        }
        ResidueCheck.check(out, problems);
        return new IngestResult(out, problems, ingest.ledger());
    }

    /** An anchored row with the seed line's text. */
    private record Anchored(CorrectionsFile.Entry entry, String lineText) {
    }

    /** The anchored rows by the document owning their line; rows whose anchor does not hold are problems. */
    private Map<DocumentId, List<Anchored>> anchor(LineLedger ledger, List<Problem> problems) {
        Map<DocumentId, List<Anchored>> byDocument = new LinkedHashMap<>();
        for (CorrectionsFile.Entry e : file.entries()) {
            if (e.rule()) {
                continue;
            }
            Optional<LineLedger.FileLedger> seed = ledger.files().stream().filter(f -> e.names(f.file())).findFirst();
            if (seed.isEmpty()) {
                // a seed taken out of the edition takes its corrections' subject with it: nothing is shown wrongly
                problems.add(Problem.warning(file.displayName(), e.row(), "no seed file " + e.seed()
                        + " in this edition; the correction of '" + e.printed() + "' has nothing to correct"));
                continue;
            }
            String where = seed.get().file() + ":" + e.line();
            String text = seed.get().nonBlank().get(e.line());
            if (text == null) {
                problems.add(Problem.error(file.displayName(), e.row(), where + " is blank or past the end of the file;"
                        + " the correction of '" + e.printed() + "' no longer matches its line"));
                continue;
            }
            if (!printedForm(e.printed()).matcher(text).find()) {
                problems.add(Problem.error(file.displayName(), e.row(), where + " no longer reads '" + e.printed()
                        + "' (it reads '" + excerpt(text) + "'); correct the row's line or printed text"));
                continue;
            }
            DocumentId owner = seed.get().owners().get(e.line());
            if (owner == null) {
                problems.add(Problem.error(file.displayName(), e.row(), where
                        + " is not part of any document's text; a correction there would not be shown"));
                continue;
            }
            byDocument.computeIfAbsent(owner, k -> new ArrayList<>()).add(new Anchored(e, text));
        }
        return byDocument;
    }

    private Document correct(Document d, List<Anchored> anchored, List<CorrectionsFile.Entry> rules,
                             Set<CorrectionsFile.Entry> used, List<Problem> problems) {
        Map<CorrectionsFile.Entry, Boolean> placed = new HashMap<>();
        List<Correction> corrections = new ArrayList<>();

        String title = field(d.title(), Correction.Field.TITLE, 0, d.location().firstLine(),
                anchored.stream().filter(a -> holds(a.lineText(), d.title())).toList(), rules, placed, used,
                corrections, d, problems);
        Optional<PrintedSource> printed = d.printed().map(p -> new PrintedSource(field(p.title(),
                Correction.Field.PRINTED_SOURCE, 0, d.location().firstLine(),
                anchored.stream().filter(a -> holds(a.lineText(), p.title())).toList(), rules, placed, used,
                corrections, d, problems), p.pages()));
        Optional<ArchiveCitation> archive = d.archive().map(a -> new ArchiveCitation(field(a.text(),
                Correction.Field.ARCHIVE, a.line(), a.line(), on(anchored, a.line(), a.line()), rules, placed, used,
                corrections, d, problems), a.line()));
        List<Paragraph> paragraphs = new ArrayList<>(d.paragraphs().size());
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            // a paragraph of the canonical format runs over several lines, up to the next one
            int last = i + 1 < d.paragraphs().size() ? d.paragraphs().get(i + 1).line() - 1 : d.location().lastLine();
            paragraphs.add(new Paragraph(field(p.text(), Correction.Field.PARAGRAPH, p.line(), p.line(),
                    on(anchored, p.line(), Math.max(p.line(), last)), rules, placed, used, corrections, d, problems),
                    p.line()));
        }
        List<Footnote> footnotes = new ArrayList<>(d.footnotes().size());
        for (Footnote f : d.footnotes()) {
            footnotes.add(new Footnote(f.ordinal(), f.marker(), field(f.text(), Correction.Field.FOOTNOTE, f.line(),
                    f.line(), on(anchored, f.line(), f.line()), rules, placed, used, corrections, d, problems),
                    f.line()));
        }
        for (Anchored a : anchored) {
            if (!placed.containsKey(a.entry())) {
                problems.add(Problem.error(file.displayName(), a.entry().row(), d.location().file() + ":"
                        + a.entry().line() + " prints '" + a.entry().printed() + "' outside the texts of "
                        + d.id().value() + " as read (a heading or label); nothing to correct there"));
            }
        }
        if (corrections.isEmpty()) {
            return d;
        }
        return new Document(d.id(), d.kind(), d.source(), title, d.date(), d.number(), d.numberMark(), d.author(),
                d.page(), printed, archive, paragraphs, d.original(), footnotes, d.textInSource(), d.location(),
                d.glossary(), corrections);
    }

    private static List<Anchored> on(List<Anchored> anchored, int first, int last) {
        return anchored.stream().filter(a -> a.entry().line() >= first && a.entry().line() <= last).toList();
    }

    /** A match of a row in a field's printed text. */
    private record Match(int start, int end, CorrectionsFile.Entry entry) {
    }

    /**
     * {@code text} corrected by the anchored rows (every occurrence) and then the rules (every
     * occurrence that stands as words), a stretch never corrected twice; the corrections are added
     * to {@code out} with their places in the corrected text.
     */
    private String field(String text, Correction.Field field, int fieldLine, int seedLine, List<Anchored> anchored,
                         List<CorrectionsFile.Entry> rules, Map<CorrectionsFile.Entry, Boolean> placed,
                         Set<CorrectionsFile.Entry> used, List<Correction> out, Document d, List<Problem> problems) {
        List<Match> matches = new ArrayList<>();
        for (Anchored a : anchored) {
            Matcher m = printedForm(a.entry().printed()).matcher(text);
            while (m.find()) {
                if (add(matches, new Match(m.start(), m.end(), a.entry()))) {
                    placed.put(a.entry(), true);
                }
            }
        }
        for (CorrectionsFile.Entry r : rules) {
            Matcher m = printedForm(r.printed()).matcher(text);
            while (m.find()) {
                if (standsAlone(text, m.start(), m.end()) && add(matches, new Match(m.start(), m.end(), r))) {
                    used.add(r);
                }
            }
        }
        if (matches.isEmpty()) {
            return text;
        }
        matches.sort(java.util.Comparator.comparingInt(Match::start));
        StringBuilder corrected = new StringBuilder(text.length() + 16);
        List<Correction> here = new ArrayList<>(matches.size());
        int at = 0;
        for (Match m : matches) {
            corrected.append(text, at, m.start());
            here.add(new Correction(field, fieldLine, corrected.length(), text.substring(m.start(), m.end()),
                    m.entry().corrected(), m.entry().note(), m.entry().rule() ? seedLine : m.entry().line()));
            corrected.append(m.entry().corrected());
            at = m.end();
        }
        corrected.append(text, at, text.length());
        if (corrected.toString().isBlank()) {
            problems.add(Problem.error(file.displayName(), matches.get(0).entry().row(), "the correction would leave "
                    + d.id().value() + " with an empty " + field.name().toLowerCase(java.util.Locale.ROOT)
                    + "; correct a part of it, not the whole"));
            return text;
        }
        out.addAll(here);
        return corrected.toString();
    }

    /**
     * The printed text as a pattern in which any run of spaces matches any run of spaces: seeds
     * print non-breaking spaces an editor cannot see ({@code USSR.\u00A0IN AND.}).
     */
    static Pattern printedForm(String printed) {
        StringBuilder regex = new StringBuilder(printed.length() + 16);
        int i = 0;
        while (i < printed.length()) {
            int j = i;
            if (isSpace(printed.charAt(i))) {
                while (j < printed.length() && isSpace(printed.charAt(j))) {
                    j++;
                }
                regex.append("[\\s\\u00A0\\u2007\\u202F]+");
            } else {
                while (j < printed.length() && !isSpace(printed.charAt(j))) {
                    j++;
                }
                regex.append(Pattern.quote(printed.substring(i, j)));
            }
            i = j;
        }
        return Pattern.compile(regex.toString());
    }

    /** Whether {@code line} holds {@code text}, spaces of any kind and number being equal. */
    private static boolean holds(String line, String text) {
        return oneSpace(line).contains(oneSpace(text));
    }

    private static String oneSpace(String s) {
        return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Adds {@code m} unless it overlaps a match already taken. */
    private static boolean add(List<Match> matches, Match m) {
        for (Match o : matches) {
            if (m.start() < o.end() && o.start() < m.end()) {
                return false;
            }
        }
        matches.add(m);
        return true;
    }

    /** Whether {@code text[start, end)} is not part of a longer word: "Cm." in "Cm. doc." but not in "ICm." */
    private static boolean standsAlone(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))
                || !Character.isLetterOrDigit(text.charAt(start));
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(text.charAt(end - 1));
        return before && after;
    }

    private static String excerpt(String text) {
        String t = text.strip();
        return t.length() <= 70 ? t : t.substring(0, 70) + "...";
    }
}
