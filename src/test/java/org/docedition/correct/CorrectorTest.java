package org.docedition.correct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.docedition.ingest.IngestResult;
import org.docedition.ingest.SeedIngester;
import org.docedition.model.Correction;
import org.docedition.model.Document;
import org.docedition.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectorTest {

    private static final String SEED = """
            ---
            title: Letter to the director of the State Library of the USSR. IN AND. Lenina
            date: 1954-10-12
            kind: collection
            source: sscr-1952-1955
            number: 98
            archive: WUA RF. F. 3. Op. 1. D. 2.
            ---
            The agreement* was signed.

            ## Notes

            * Cm. doc. 96. Also Cm. doc. 97.
            """;

    @TempDir
    Path dir;

    private IngestResult read() throws IOException {
        Files.writeString(dir.resolve("900_test.md"), SEED, StandardCharsets.UTF_8);
        return new SeedIngester().ingest(dir);
    }

    private static Document only(IngestResult r) {
        assertEquals(1, r.documents().size());
        return r.documents().get(0);
    }

    private static List<Problem> errors(IngestResult r) {
        return r.problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void apply_anchoredRow_correctsTheFieldAndRecordsThePrintedText() throws IOException {
        IngestResult corrected = Corrector.of("content/corrections.csv", """
                seed,line,printed,corrected,note
                900_test.md,7,WUA RF,AVP RF,"АВП РФ, the Archive of Foreign Policy"
                """).apply(read());
        assertEquals(List.of(), errors(corrected));
        Document d = only(corrected);
        assertEquals("AVP RF. F. 3. Op. 1. D. 2.", d.archive().orElseThrow().text());
        Correction c = d.corrections().get(0);
        assertEquals(Correction.Field.ARCHIVE, c.field());
        assertEquals("WUA RF", c.printed());
        assertEquals("AVP RF", c.corrected());
        assertEquals(0, c.at());
        assertEquals("АВП РФ, the Archive of Foreign Policy", c.note());
    }

    @Test
    void apply_rowWhoseLineNoLongerPrintsTheText_isAnErrorNamingRowSeedAndLine() throws IOException {
        IngestResult corrected = Corrector.of("content/corrections.csv", """
                seed,line,printed,corrected,note
                900_test.md,8,WUA RF,AVP RF,
                """).apply(read());
        List<Problem> errors = errors(corrected);
        assertEquals(1, errors.size());
        assertEquals("content/corrections.csv", errors.get(0).file());
        assertEquals(2, errors.get(0).line());
        assertTrue(errors.get(0).message().contains("900_test.md:8 no longer reads 'WUA RF'"), errors.get(0).message());
    }

    @Test
    void apply_rule_correctsEveryOccurrenceInEveryText_andPlacesEachInTheCorrectedText() throws IOException {
        IngestResult corrected = Corrector.of("content/corrections.csv", """
                seed,line,printed,corrected,note
                *,*,Cm. doc.,See doc.,"См., see"
                """).apply(read());
        Document d = only(corrected);
        String note = d.footnotes().get(0).text();
        assertEquals("See doc. 96. Also See doc. 97.", note);
        List<Correction> in = d.correctionsIn(Correction.Field.FOOTNOTE, d.footnotes().get(0).line());
        assertEquals(2, in.size());
        assertEquals("See doc.", note.substring(in.get(1).at(), in.get(1).end()));
        assertTrue(corrected.problems().stream().noneMatch(p -> p.message().contains("Cm.")), "residue corrected, not reported");
    }

    @Test
    void apply_nonBreakingSpacesInTheSeed_matchPlainSpacesInTheRow() throws IOException {
        Files.writeString(dir.resolve("900_test.md"), SEED.replace("USSR. IN AND.", "USSR.\u00A0IN AND.\u00A0"),
                StandardCharsets.UTF_8);
        IngestResult corrected = Corrector.of("c.csv", """
                seed,line,printed,corrected,note
                900_test.md,2,"USSR. IN AND. Lenina","USSR named after V.I. Lenin",
                """).apply(new SeedIngester().ingest(dir));
        assertEquals(List.of(), errors(corrected));
        assertTrue(only(corrected).title().endsWith("State Library of the USSR named after V.I. Lenin"), only(corrected).title());
    }

    @Test
    void apply_noCorrections_warnsAboutResidueWithSeedAndLine() throws IOException {
        IngestResult corrected = Corrector.none().apply(read());
        List<String> warnings = corrected.problems().stream().map(Problem::toString).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("900_test.md:13: warning: likely translation residue")
                && w.contains("'Cm. doc")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'IN AND.")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'WUA RF'")), warnings.toString());
    }

    @Test
    void apply_ruleThatMatchesNothing_isAWarning() throws IOException {
        IngestResult corrected = Corrector.of("c.csv", """
                seed,line,printed,corrected,note
                *,*,Truth. 1999.,Pravda. 1999.,
                """).apply(read());
        assertTrue(corrected.problems().stream().anyMatch(p -> !p.isError() && p.file().equals("c.csv")
                && p.line() == 2 && p.message().contains("matches nothing")), corrected.problems().toString());
    }

    @Test
    void read_headerWithoutPrintedColumn_isAnError() {
        Corrector c = Corrector.of("c.csv", "seed,line,corrected\nx.txt,1,y\n");
        List<Problem> problems = new java.util.ArrayList<>();
        CorrectionsFile.parse("c.csv", "seed,line,corrected\nx.txt,1,y\n", problems);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).isError() && problems.get(0).message().contains("printed"), problems.toString());
        assertTrue(c != null);
    }
}
