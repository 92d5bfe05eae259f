package org.docedition.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.docedition.link.Edition;
import org.docedition.link.EditionLinker;
import org.docedition.model.ArchiveCitation;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.OriginalText;
import org.docedition.model.Paragraph;
import org.docedition.model.PrintedSource;
import org.docedition.model.Source;
import org.docedition.model.SourceLocation;

/**
 * A small edition for render tests: collection documents with references (resolved and not),
 * footnote markers, a month-only and a year-only date, an entry without text, hostile text, a
 * bilingual newspaper article and an undated catalogue record.
 */
final class FixtureEdition {

    static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> ${x} <#if true>yes</#if> & \"q\"";

    static final Source COLLECTION = new Source("sscr-1952-1955",
            "Soviet-Chinese relations. 1952-1955: Collection of documents", Kind.COLLECTION);
    static final Source NEWSPAPER = new Source("peoples-daily", "People's Daily (人民日报)", Kind.NEWSPAPER);
    static final Source CATALOGUE = new Source("wilson-center", "Wilson Center Digital Archive", Kind.CATALOGUE);

    private FixtureEdition() {
    }

    static DocumentId id(String number) {
        return new DocumentId("sscr-1952-1955-doc-" + number);
    }

    /** The documents, deliberately not in date order. */
    static List<Document> documents() {
        List<Document> docs = new ArrayList<>();
        docs.add(collection("90", "", HistoricalDate.ofDay(1954, 10, 12), "Letter from Mao Zedong",
                List.of(new Paragraph("The letter dated October 5, 1954* informed me.", 20)),
                List.of(new Footnote(1, "*", "See doc. 89.", 22))));
        docs.add(collection("89", "", HistoricalDate.ofDay(1954, 10, 5), "Letter from the Soviet delegation",
                List.of(new Paragraph("The delegation presents machine tools. See also docs. 90 and 68.", 12)),
                List.of()));
        docs.add(collection("71", "", HistoricalDate.ofDay(1954, 1, 30), "Note with hostile text " + HOSTILE,
                List.of(new Paragraph("In response to the note No. (53) 4473* the Embassy answers. " + HOSTILE, 107),
                        new Paragraph("Suslova M.A.*, Alexandrova G.F.**, the loan 7 * and No. 0/847 * here.", 108)),
                List.of(new Footnote(1, "*", "See doc. 68.", 113),
                        new Footnote(2, "**", "Aleksandrov G.F. - Minister of Culture. " + HOSTILE, 115),
                        new Footnote(7, "7 *", "Not published.", 117),
                        new Footnote(9, "9 *", "A note whose marker is missing.", 119))));
        docs.add(collection("70", "", HistoricalDate.ofDay(1954, 1, 5), "Exchange of letters",
                List.of(new Paragraph("Dear comrades!", 15)), List.of()));
        docs.add(collection("69", "", HistoricalDate.ofMonth(1954, 1), "Response of the Kirov Plant",
                List.of(new Paragraph("On behalf of the entire team.", 50)), List.of()));
        docs.add(collection("73", "*", HistoricalDate.ofDay(1954, 3, 4), "Press release",
                List.of(new Paragraph("At the Berlin Conference.", 164)),
                List.of(new Footnote(1, "*", "A similar TASS report was published.", 172))));
        docs.add(collection("60", "", HistoricalDate.ofYear(1954), "Plan for the year", List.of(new Paragraph("Plan.", 5)),
                List.of()));
        docs.add(new Document(new DocumentId("sscr-1952-1955-1954-04-28-speech-of-zhou-enlai"), Kind.COLLECTION,
                COLLECTION, "From the speech of Zhou Enlai", Optional.of(HistoricalDate.ofDay(1954, 4, 28)),
                Optional.empty(), "", "", "", Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                List.of(), false, new SourceLocation("seeds/003_x.txt", 176, 176)));
        docs.add(new Document(new DocumentId("peoples-daily-1957-11-23-p6"), Kind.NEWSPAPER, NEWSPAPER,
                "Sino-Soviet Cultural Cooperation Talks Conclude", Optional.of(HistoricalDate.ofDay(1957, 11, 23)),
                Optional.empty(), "", "Xinhua", "6", Optional.empty(), Optional.empty(),
                List.of(new Paragraph("Xinhua News Agency, Moscow, November 22nd: the talks concluded.", 6)),
                Optional.of(new OriginalText("zh-Hans", "中苏文化合作会谈结束", "1957-11-23", "第6版()", "专栏：",
                        List.of(new Paragraph("新华社莫斯科22日电　会谈已经在21日结束。", 30)))),
                List.of(), true, new SourceLocation("seeds/000_f0d71749d88ca2ac.txt", 1, 41)));
        docs.add(new Document(new DocumentId("wilson-center-undated-record"), Kind.CATALOGUE, CATALOGUE,
                "Memorandum of Conversation", Optional.empty(), Optional.empty(), "", "", "", Optional.empty(),
                Optional.empty(), List.of(new Paragraph("A summary of the conversation.", 12)), Optional.empty(),
                List.of(), true, new SourceLocation("seeds/004_2c252857a8a618ac.txt", 11, 13)));
        return docs;
    }

    static Edition edition() {
        return new EditionLinker().link(documents());
    }

    private static Document collection(String number, String mark, HistoricalDate date, String title,
                                       List<Paragraph> paragraphs, List<Footnote> footnotes) {
        int first = paragraphs.get(0).line() - 3;
        return new Document(id(number), Kind.COLLECTION, COLLECTION, title, Optional.of(date), Optional.of(number), mark,
                "", "", Optional.of(new PrintedSource("Soviet-Chinese relations. 1952-1955: Collection of documents. 2015",
                "pp. 167-171")),
                Optional.of(new ArchiveCitation("AVPRF. F. 0100. Op. 47. P. 384. D. 52. L. 12-20.", first + 1)),
                paragraphs, Optional.empty(), footnotes, true,
                new SourceLocation("seeds/003_ecd8dfa2c3ac5ef4.txt", Math.max(1, first), first + 40));
    }
}
