package org.docedition.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.docedition.model.DocumentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdSlugTest {

    @Test
    void slug_firstWords_lowerCaseHyphenated() {
        assertEquals("speech-by-the-first-secretary",
                IdSlug.slug("Speech by the First Secretary of the Central Committee", 5));
    }

    @Test
    void slug_apostrophesAndAccents_folded() {
        assertEquals("peoples-daily-communique", IdSlug.slug("People's Daily: Communiqué", 0));
    }

    @Test
    void slug_nonBreakingSpace_separatesWords() {
        assertEquals("n-s-khrushchev-at", IdSlug.slug("N.S.\u00A0Khrushchev at the meeting", 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/absolute/path", "a\u0000b", "中苏文化合作", "...", "",
            "<script>alert(1)</script>", "${x} <#if>", "C:\\Windows\\system32"})
    void id_hostileTitles_giveValidBoundedIds(String title) {
        DocumentId id = IdSlug.id("sscr-1952-1955", "1954-09-30", IdSlug.slug(title, 5));
        assertTrue(id.value().startsWith("sscr-1952-1955-1954-09-30"), id.value());
        assertTrue(!id.value().contains("/") && !id.value().contains(".."), id.value());
    }

    @Test
    void id_tenThousandCharacterTitle_boundedAtHyphen() {
        String title = "Memorandum of conversation ".repeat(400);
        assertTrue(title.length() > 10_000);
        DocumentId id = IdSlug.id("wilson-center-digital-archive", "1963-11-12", IdSlug.slug(title, 0));
        assertTrue(id.value().length() <= DocumentId.MAX_LENGTH);
        assertTrue(id.value().endsWith("memorandum") || id.value().endsWith("of")
                || id.value().endsWith("conversation"), id.value());
    }

    @Test
    void id_oneLongWord_cutHard() {
        DocumentId id = IdSlug.id("x".repeat(500));
        assertEquals(DocumentId.MAX_LENGTH, id.value().length());
    }

    @Test
    void id_nothingSurvives_fallsBackToUntitled() {
        assertEquals("untitled", IdSlug.id("中文", "/..").value());
    }
}
