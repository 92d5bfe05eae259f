package org.docedition.apparatus.related;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.Mention;
import org.docedition.model.Paragraph;
import org.docedition.model.Source;
import org.docedition.model.SourceLocation;

/** Small documents of several sources for the related-documents tests. */
final class RelatedFixtures {

    private RelatedFixtures() {
    }

    /** A document {@code id} of source {@code source}, dated {@code date} (may be null), with a title and text. */
    static Document doc(String source, String id, HistoricalDate date, String title, String... paragraphs) {
        List<Paragraph> ps = Arrays.stream(paragraphs).map(p -> new Paragraph(p, 5)).toList();
        return new Document(new DocumentId(id), Kind.COLLECTION, new Source(source, source, Kind.COLLECTION), title,
                Optional.ofNullable(date), Optional.empty(), "", "", "", Optional.empty(), Optional.empty(), ps,
                Optional.empty(), List.of(), true, new SourceLocation(source + ".txt", 1, 10));
    }

    static Mention mention(String person, Document d) {
        return new Mention(person, d.id(), person, 5, 1);
    }

    static HistoricalDate day(int year, int month, int day) {
        return HistoricalDate.ofDay(year, month, day);
    }
}
