package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.Paragraph;
import org.docedition.model.Source;
import org.docedition.model.SourceLocation;
import org.junit.jupiter.api.Test;

class DocumentHeadTest {

    private static Document doc(Kind kind, String title, String... paragraphs) {
        List<Paragraph> ps = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(new Paragraph(paragraphs[i], 10 + i));
        }
        return new Document(new DocumentId("x-doc-1"), kind, new Source("x", "X", kind), title,
                Optional.of(HistoricalDate.ofDay(1954, 10, 12)), Optional.empty(), "", "", "", Optional.empty(),
                Optional.empty(), ps, Optional.empty(), List.of(), true, new SourceLocation("seeds/x.txt", 1, 20));
    }

    @Test
    void of_letterFromTo_namesSenderAndRecipientInTheSourcesWords() {
        Map<String, String> head = DocumentHead.of(doc(Kind.COLLECTION,
                "Letter from the Chairman of the People's Republic of China Mao Zedong to the Soviet government delegation",
                "Dear comrades!"));
        assertEquals("Chairman of the People's Republic of China Mao Zedong", head.get("sender"));
        assertEquals("Soviet government delegation", head.get("recipient"));
        assertEquals("", head.get("place"));
    }

    @Test
    void of_catalogueLetterWithRegarding_namesBothAndDropsTheSubject() {
        Map<String, String> head = DocumentHead.of(doc(Kind.CATALOGUE,
                "Letter, Khrushchev to the Central Committee of The Socialist Unity Party of Germany, regarding Soviet Specialists in China"));
        assertEquals("Khrushchev", head.get("sender"));
        assertEquals("Central Committee of The Socialist Unity Party of Germany", head.get("recipient"));
    }

    @Test
    void of_treatyDoneAtAndNewsDateline_givePlace_communiqueGivesNoSender() {
        assertEquals("Beijing", DocumentHead.of(doc(Kind.COLLECTION, "Agreement on scientific and technical cooperation",
                "Article 4", "Done at Beijing on October 12, 1954, in duplicate.")).get("place"));
        assertEquals("Moscow", DocumentHead.of(doc(Kind.NEWSPAPER, "Talks conclude",
                "Xinhua News Agency, Moscow, November 22nd: The talks ended.")).get("place"));
        assertEquals("", DocumentHead.of(doc(Kind.COLLECTION, "Joint Declaration of the two governments")).get("sender"));
    }
}
