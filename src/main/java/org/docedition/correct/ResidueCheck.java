package org.docedition.correct;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.Document;
import org.docedition.model.Footnote;
import org.docedition.model.Kind;
import org.docedition.model.Paragraph;
import org.docedition.model.Problem;

/**
 * Warns about forms a machine translation from Russian leaves behind and the corrections do not
 * yet cover: Russian abbreviations read as Latin letters or as English words. Only the English
 * texts are looked at (the originals are as printed), after the corrections were applied, so a
 * form corrected once is never reported again.
 */
final class ResidueCheck {

    /**
     * A likely residue.
     *
     * @param may     whether a text may hold it: a plain test run before the pattern, which most texts fail
     * @param pattern what it looks like
     * @param why     what it probably is, for the warning
     */
    private record Residue(Predicate<String> may, Pattern pattern, String why) {

        Residue(String literal, Pattern pattern, String why) {
            this(t -> t.contains(literal), pattern, why);
        }
    }

    /** Two capital Latin letters in a row, without which no run of capitalised short words is there. */
    private static boolean twoCapitals(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char b = text.charAt(i - 1);
                if (b >= 'A' && b <= 'Z') {
                    return true;
                }
            } else {
                i++; // the next pair starts at the letter after this one
            }
        }
        return false;
    }

    private static final String WORDS = "(?:IN|AND|ON|AT|TO|OF|BY|AS|IS|IT|WITH|FROM|THE|FOR)";

    private static final List<Residue> RESIDUES = List.of(
            new Residue("Cm.", Pattern.compile("\\bCm\\.\\s*(?:doc|docs|p|pp)\\b"),
                    "'Cm.' is Russian 'См.' (смотри, 'see') read as Latin letters"),
            new Residue(ResidueCheck::twoCapitals, Pattern.compile("\\b" + WORDS + "\\.?\\s+" + WORDS + "\\b\\.?"),
                    "capitalised short words in a row are usually Russian initials or an abbreviation translated"
                            + " as words (В.И. read as 'IN AND.')"),
            new Residue("WUA", Pattern.compile("\\bWUA\\s+RF\\b"), "'WUA RF' is АВП РФ, the Archive of Foreign Policy of the"
                    + " Russian Federation (AVP RF), read as Latin letters"),
            new Residue(t -> t.contains("ews.") || t.contains("Truth."), Pattern.compile("^(?:Archive:\\s*)?(?:Truth|News|ews)\\.\\s*\\d{4}\\b"),
                    "a newspaper named in translation: 'Truth' is Pravda, 'News' is Izvestia"),
            new Residue(" lang.", Pattern.compile("\\b(?:from|with) \\w+\\. lang\\."),
                    "'lang.' is Russian 'яз.' (язык, 'language') of 'пер. с кит. яз.', 'translated from Chinese'"),
            new Residue("M.,", Pattern.compile("\\bM\\.,\\s*1[89]\\d\\d\\b"), "'M.,' before a year is Moscow as a place of"
                    + " publication"),
            new Residue("S.", Pattern.compile("\\.\\s+S\\.\\s*\\d+(?:\\s*[-\u2013]\\s*\\d+)?\\.?$|\\.\\s+S\\.\\s*\\d+(?:\\s*[-\u2013]\\s*\\d+)?[.)]"),
                    "'S.' before page numbers is Russian 'С.' (страница, 'page'): pp."));

    private ResidueCheck() {
    }

    /** Adds a warning for each residue in the English texts of {@code documents}. */
    static void check(List<Document> documents, List<Problem> problems) {
        for (Document d : documents) {
            // People's Daily articles were translated from the Chinese, the catalogue is written in English
            if (d.kind() != Kind.COLLECTION && d.kind() != Kind.EDITORIAL) {
                continue;
            }
            look(d.title(), d, d.location().firstLine(), problems);
            d.archive().ifPresent(a -> look(a.text(), d, a.line(), problems));
            for (Paragraph p : d.paragraphs()) {
                look(p.text(), d, p.line(), problems);
            }
            for (Footnote f : d.footnotes()) {
                look(f.text(), d, f.line(), problems);
            }
        }
    }

    private static void look(String text, Document d, int line, List<Problem> problems) {
        for (Residue r : RESIDUES) {
            if (!r.may().test(text)) {
                continue;
            }
            Matcher m = r.pattern().matcher(text);
            if (m.find()) {
                problems.add(Problem.warning(d.location().file(), line, "likely translation residue not corrected: '"
                        + m.group().strip() + "': " + r.why() + "; add a correction to content/"
                        + CorrectionsFile.NAME));
            }
        }
    }
}
