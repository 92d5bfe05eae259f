package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChineseWordsTest {

    @Test
    void spaced_chineseText_isSplitIntoDictionaryWords() {
        String spaced = ChineseWords.spaced("<p>中苏文化合作会谈结束</p>");

        // ICU's dictionary words, as Intl.Segmenter cuts the query 中苏文化合作会谈 in the browser
        assertTrue(spaced.contains(" 文化 合作 "), spaced);
        assertTrue(spaced.startsWith("<p> ") && spaced.endsWith("结束</p>"), spaced);
        assertEquals("中苏文化合作会谈结束", spaced.replaceAll("<[^>]*>| ", ""));
    }

    @Test
    void spaced_punctuationAndDigits_neverJoinAChineseWord() {
        String spaced = ChineseWords.spaced("<p>合作，会谈1958年计划</p>");

        assertTrue(spaced.contains("合作 ， 会谈 1958 年 计划"), spaced);
    }

    @Test
    void spaced_tagsAttributesAndScripts_areLeftAsTheyAre() {
        String page = "<html lang=\"zh-Hans\"><head><title>文化</title><script>var s = \"文化合作\";</script>"
                + "<style>/* 文化合作 */</style></head><body><a title=\"文化合作\" href=\"x.html\">Culture</a>"
                + "<!-- 文化合作 --></body></html>";

        String spaced = ChineseWords.spaced(page);

        assertEquals(page.replace("<title>文化</title>", "<title> 文化</title>"), spaced);
    }

    @Test
    void forIndex_pageWithoutTextMarkedChinese_isNull() {
        assertNull(ChineseWords.forIndex("<p>Sino-Soviet talks, 1958 — “cultural” cooperation</p>"
                .getBytes(StandardCharsets.UTF_8)));
        assertNull(ChineseWords.forIndex("<p>Москва</p>".getBytes(StandardCharsets.UTF_8)));
        // Chinese in an English page's list of related documents: not worth rewriting the page
        assertNull(ChineseWords.forIndex("<li>People's Daily (人民日报)</li>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void forIndex_pageWithAChineseSection_hasAllItsChineseSplit() {
        byte[] page = "<section lang=\"zh-Hans\"><p>文化合作</p></section><p>People's Daily (人民日报), page 6</p>"
                .getBytes(StandardCharsets.UTF_8);

        String spaced = new String(ChineseWords.forIndex(page), StandardCharsets.UTF_8);

        assertEquals("<section lang=\"zh-Hans\"><p> 文化 合作</p></section><p>People's Daily ( 人民 日报 ), page 6</p>",
                spaced);
    }
}
