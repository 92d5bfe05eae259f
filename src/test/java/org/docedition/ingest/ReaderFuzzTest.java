package org.docedition.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Problem;

/**
 * Fuzz tests of the seed readers: whatever the bytes, a reader reports problems and never throws,
 * every id is valid, and every non-blank line is chrome or owned by a document that keeps its
 * text (the no-text-lost property, checked without rendering).
 *
 * <p>In {@code mvn test} each method runs on the inputs in
 * {@code src/test/resources/org/docedition/ingest/ReaderFuzzTestInputs/} (the real seeds, small
 * fixtures and any input that once crashed a reader). To fuzz for real, one method at a time,
 * from a scratch copy of the project (Jazzer writes {@code .cifuzz-corpus/} into the working
 * folder and new crash inputs into the inputs folder):
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES='org.docedition.**' \
 *   mvn -Dskip.npm=true -Dbuild.dir=target-fuzz test -Dtest='ReaderFuzzTest#collection'
 * </pre>
 * It stops after the annotation's 10 minutes or at the first finding. libFuzzer sizes its inputs
 * by the largest regression input, so in the scratch copy replace the full seeds by slices of at
 * most 4 KB: with the 130 KB collection page as input it runs 20 times slower. Do not stop a run
 * with a signal: the input under test is then saved as a "crash" that is none. Copy real crash
 * inputs back into the method's folder here.
 */
class ReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void newspaper(byte[] data) {
        check(new NewspaperReader(), data);
    }

    @FuzzTest(maxDuration = "10m")
    void collection(byte[] data) {
        check(new CollectionReader(), data);
    }

    @FuzzTest(maxDuration = "10m")
    void catalogue(byte[] data) {
        check(new CatalogueReader(), data);
    }

    @FuzzTest(maxDuration = "10m")
    void canonical(byte[] data) {
        check(new CanonicalReader(), data);
    }

    /** Decodes {@code data} and, if it is text, reads it with {@code reader} whether or not it recognises it. */
    private static void check(SeedReader reader, byte[] data) {
        SeedDecoder.Decoded decoded = new SeedDecoder().decode("seeds/fuzz.txt", data);
        assertNotNull(decoded.problems());
        if (decoded.text().isEmpty()) {
            assertTrue(decoded.problems().stream().allMatch(Problem::isError));
            return;
        }
        SeedText seed = decoded.text().get();
        reader.recognises(seed);
        SeedReading reading = reader.read(seed);
        for (Problem p : reading.problems()) {
            assertEquals("seeds/fuzz.txt", p.file());
            assertTrue(p.line() >= 0 && p.line() <= seed.size(), p::toString);
        }
        Set<Integer> owned = new HashSet<>();
        for (SeedReading.Entry e : reading.entries()) {
            Document d = e.document();
            for (DocumentId id : e.plan().choices()) {
                assertTrue(id.value().startsWith(d.source().id() + "-"), id::value);
                assertTrue(id.value().length() <= DocumentId.MAX_LENGTH);
            }
            assertTrue(d.location().lastLine() <= seed.size(), d.location()::toString);
            String all = text(d);
            e.lines().kept().forEach((line, pieces) -> {
                assertTrue(owned.add(line), () -> "line " + line + " owned twice");
                assertTrue(!reading.chromeLines().contains(line), () -> "line " + line + " chrome and owned");
                for (String piece : pieces) {
                    assertTrue(all.contains(squeeze(piece)), () -> "line " + line + " keeps '" + piece
                            + "' but document " + d.id() + " does not hold it");
                }
            });
        }
        for (int i = seed.nextNonBlank(0); i <= seed.size(); i = seed.nextNonBlank(i)) {
            int line = i;
            assertTrue(owned.contains(line) || reading.chromeLines().contains(line),
                    () -> "line " + line + " unaccounted: " + seed.line(line));
        }
    }

    /** Everything a document page would show, white space removed. */
    private static String text(Document d) {
        List<String> parts = new ArrayList<>();
        parts.add(d.title());
        parts.add(d.source().title()); // every page names its source
        d.date().map(HistoricalDate::label).ifPresent(parts::add);
        d.number().ifPresent(parts::add);
        parts.add(d.numberMark());
        parts.add(d.author());
        parts.add(d.page());
        d.printed().ifPresent(p -> parts.add(p.citation()));
        d.archive().ifPresent(a -> parts.add(a.text()));
        d.paragraphs().forEach(p -> parts.add(p.text()));
        d.footnotes().forEach(f -> parts.add(f.text()));
        d.original().ifPresent(o -> {
            parts.add(o.title());
            parts.add(o.dateline());
            parts.add(o.page());
            parts.add(o.column());
            o.paragraphs().forEach(p -> parts.add(p.text()));
        });
        return squeeze(String.join("\u0000", parts));
    }

    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!SeedText.isSpace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
