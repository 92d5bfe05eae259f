package org.docedition.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Problem;
import org.docedition.tei.TeiReader;
import org.docedition.tei.TeiReading;

/**
 * TEI P5 files as seeds: the files the build writes into {@code data/tei/} and documents encoded
 * the FRUS way. The TEI itself is read by {@link TeiReader}; this class gives its documents their
 * id plans and accounts for every line (markup and header lines are chrome).
 */
final class TeiSeedReader implements SeedReader {

    /** How much of a file's start is enough to tell a TEI document. */
    private static final int LOOK_AT = 4096;
    private static final int TITLE_WORDS = 6;

    private final TeiReader reader = new TeiReader();

    @Override
    public String format() {
        return "TEI file";
    }

    @Override
    public String shape() {
        return "TEI P5 XML (<TEI> or <teiCorpus> in the namespace http://www.tei-c.org/ns/1.0)";
    }

    @Override
    public boolean recognises(SeedText seed) {
        StringBuilder start = new StringBuilder();
        for (int i = 1; i <= seed.size() && start.length() < LOOK_AT; i++) {
            start.append(seed.line(i)).append('\n');
        }
        return TeiReader.recognises(start.toString());
    }

    @Override
    public SeedReading read(SeedText seed) {
        StringBuilder xml = new StringBuilder();
        for (int i = 1; i <= seed.size(); i++) {
            xml.append(seed.line(i)).append('\n');
        }
        TeiReading read = reader.read(seed.file(), xml.toString());
        SeedReading reading = new SeedReading(seed);
        for (Problem p : read.problems()) {
            if (p.isError()) {
                reading.error(p.line(), p.message());
            } else {
                reading.warning(p.line(), p.message());
            }
        }
        Set<Integer> owned = new HashSet<>();
        for (TeiReading.Entry e : read.entries()) {
            DocumentLines lines = new DocumentLines();
            // a line holding the text of two documents (a file on one line) is the first one's
            for (Map.Entry<Integer, List<String>> line : new TreeMap<>(e.kept()).entrySet()) {
                if (owned.add(line.getKey())) {
                    lines.keep(line.getKey(), line.getValue().toArray(String[]::new));
                }
            }
            reading.add(e.document(), plan(e), lines);
        }
        for (int i = 1; i <= seed.size(); i++) {
            if (!seed.isBlank(i) && !owned.contains(i)) {
                reading.chrome(i);
            }
        }
        return reading;
    }

    /** The file's own id when it names one, otherwise the ids the other seed formats would give. */
    private static IdPlan plan(TeiReading.Entry e) {
        Document d = e.document();
        if (e.explicitId()) {
            return new IdPlan(List.of(d.id()), d.number().isPresent(), "document " + d.id(), e.line());
        }
        String prefix = d.source().id();
        if (d.number().isPresent()) {
            return IdPlan.numbered(IdSlug.id(prefix, "doc", d.number().get()), d.number().get(), e.line());
        }
        String when = d.date().map(HistoricalDate::iso).orElse("undated");
        String shortSlug = IdSlug.slug(d.title(), TITLE_WORDS);
        String longSlug = IdSlug.slug(d.title(), 0);
        List<DocumentId> choices = new ArrayList<>();
        choices.add(IdSlug.id(prefix, when, shortSlug.isEmpty() ? IdSlug.FALLBACK : shortSlug));
        choices.add(IdSlug.id(prefix, when, longSlug.isEmpty() ? IdSlug.FALLBACK : longSlug));
        return IdPlan.titled("document '" + SeedText.excerpt(d.title(), 60) + "'", e.line(),
                choices.toArray(DocumentId[]::new));
    }
}
