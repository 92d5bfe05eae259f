package org.docedition.link;

import static org.docedition.model.TestDocuments.collectionDoc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Reference;
import org.junit.jupiter.api.Test;

class EditionLinkerTest {

    private static final HistoricalDate OCT_5 = HistoricalDate.ofDay(1954, 10, 5);
    private static final HistoricalDate OCT_12 = HistoricalDate.ofDay(1954, 10, 12);

    @Test
    void link_seeDocInFootnote_resolvesWithinCollectionAndRecordsCitedBy() {
        Document d89 = collectionDoc("89", OCT_5, "Letter.");
        Document d90 = collectionDoc("90", OCT_12, List.of(new Footnote(1, "*", "See doc. 89.", 40)), "Reply*.");

        Edition e = new EditionLinker().link(List.of(d90, d89));

        List<Reference> refs = e.linksOf(d90.id()).references();
        assertEquals(1, refs.size());
        assertEquals(Optional.of(d89.id()), refs.get(0).target());
        assertEquals("See doc. 89", refs.get(0).phrase());
        assertEquals(List.of(d90.id()), e.linksOf(d89.id()).citedBy());
        assertTrue(e.problems().isEmpty());
    }

    @Test
    void link_referenceToMissingNumber_unresolvedAndWarned() {
        Document d71 = collectionDoc("71", OCT_5, List.of(new Footnote(1, "*", "See doc. 68.", 113)), "Note*.");

        Edition e = new EditionLinker().link(List.of(d71));

        Reference r = e.linksOf(d71.id()).references().get(0);
        assertEquals("68", r.number());
        assertTrue(r.target().isEmpty());
        assertEquals(1, e.problems().size());
        assertEquals(113, e.problems().get(0).line());
        assertTrue(e.problems().get(0).toString().contains("doc. 68"), e.problems().get(0).toString());
    }

    @Test
    void link_cmDocAndSeeAlso_bothRecognised() {
        Document d96 = collectionDoc("96", OCT_12, "Agreement.");
        Document d97 = collectionDoc("97", OCT_12, "Communiqué.");
        Document d98 = collectionDoc("98", OCT_12,
                List.of(new Footnote(5, "*****", "Cm. doc. 96.", 815), new Footnote(6, "6 *", "See also doc. 97.", 817)),
                "Talks.");

        Edition e = new EditionLinker().link(List.of(d96, d97, d98));

        assertEquals(List.of("96", "97"),
                e.linksOf(d98.id()).references().stream().map(Reference::number).toList());
        assertEquals(List.of(d98.id()), e.linksOf(d96.id()).citedBy());
    }

    @Test
    void link_neighboursFollowDateOrderNotInputOrder() {
        Document a = collectionDoc("91", OCT_12, "a");
        Document b = collectionDoc("89", OCT_5, "b");
        Document c = collectionDoc("92", OCT_12, "c");

        Edition e = new EditionLinker().link(List.of(c, a, b));

        assertEquals(List.of(b.id(), a.id(), c.id()), e.documents().stream().map(Document::id).toList());
        assertEquals(Optional.empty(), e.linksOf(b.id()).previous());
        assertEquals(Optional.of(a.id()), e.linksOf(b.id()).next());
        assertEquals(Optional.of(a.id()), e.linksOf(c.id()).previous());
        assertEquals(Optional.empty(), e.linksOf(c.id()).next());
    }

    @Test
    void link_monthOnlyDate_comesBeforeDaysOfThatMonthInChronology() {
        Document day = collectionDoc("70", HistoricalDate.ofDay(1954, 1, 5), "x");
        Document month = collectionDoc("69", HistoricalDate.ofMonth(1954, 1), "y");
        Document undated = collectionDoc("1", null, "z");

        Edition e = new EditionLinker().link(List.of(day, undated, month));

        Chronology.Year y1954 = e.chronology().years().get(0);
        assertEquals(1954, y1954.year());
        Chronology.Month jan = y1954.months().get(0);
        assertEquals(List.of(month.id()), jan.monthOnly());
        assertEquals(List.of(day.id()), jan.days());
        assertEquals(List.of(undated.id()), e.chronology().undated());
        assertEquals(undated.id(), e.documents().get(2).id());
    }

    @Test
    void find_documentListWithCommas_eachNumberFound() {
        List<ReferenceFinder.Found> found = ReferenceFinder.find("See docs. 89, 90 and 91.");
        assertEquals(List.of("89", "90", "91"), found.stream().map(ReferenceFinder.Found::number).toList());
    }

    @Test
    void find_seeColonCitationOfBook_isNotADocumentReference() {
        assertTrue(ReferenceFinder.find("See: Soviet-Chinese Relations... - pp. 129-131.").isEmpty());
        assertTrue(ReferenceFinder.find("See, respectively: Soviet-Chinese relations ... - pp. 138-145").isEmpty());
    }

    @Test
    void link_sameNumberInAnotherSource_doesNotResolve() {
        Document other = new Document(new DocumentId("other-doc-89"), collectionDoc("89", OCT_5).kind(),
                new org.docedition.model.Source("other", "Other collection", org.docedition.model.Kind.COLLECTION),
                "Other 89", Optional.of(OCT_5), Optional.of("89"), "", "", "", Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), List.of(), true, new org.docedition.model.SourceLocation("x.txt", 1, 2));
        Document d90 = collectionDoc("90", OCT_12, "See doc. 89.");

        Edition e = new EditionLinker().link(List.of(other, d90));

        assertTrue(e.linksOf(d90.id()).references().get(0).target().isEmpty());
    }

    @Test
    void link_leadingZerosOfACitedNumber_ignoredButNeverTheLastDigit() {
        Document d89 = collectionDoc("89", OCT_5, "Letter.");
        Document d90 = collectionDoc("90", OCT_12, "See doc. 0089. See doc. 000.");

        Edition e = new EditionLinker().link(List.of(d90, d89));

        List<Reference> refs = e.linksOf(d90.id()).references();
        assertEquals(List.of("89", "0"), refs.stream().map(Reference::number).toList());
        assertEquals(Optional.of(d89.id()), refs.get(0).target());
        assertTrue(refs.get(1).target().isEmpty());
    }

    @Test
    void link_numberedSource_neighboursInSourceFollowNumberOrderAcrossGaps() {
        // doc 89 is dated before doc 86: by date they come the other way round
        Document d86 = collectionDoc("86", OCT_12, "Speech.");
        Document d89 = collectionDoc("89", OCT_5, "Letter.");
        Document d90 = collectionDoc("90", OCT_12, "Reply.");

        Edition e = new EditionLinker().link(List.of(d90, d86, d89));

        assertEquals(java.util.Optional.of(d86.id()), e.linksOf(d89.id()).previousInSource());
        assertEquals(java.util.Optional.of(d90.id()), e.linksOf(d89.id()).nextInSource());
        assertEquals(java.util.Optional.of(d89.id()), e.linksOf(d86.id()).nextInSource());
        assertTrue(e.linksOf(d86.id()).previousInSource().isEmpty());
        assertEquals(java.util.Optional.of(d86.id()), e.linksOf(d89.id()).next(), "by date 86 follows 89");
    }
}
