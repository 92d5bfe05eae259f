package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void escape_replacesTheFiveMarkupCharactersAndKeepsEverythingElse() {
        assertEquals("&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;", HtmlText.escape("<b class=\"x\">Tom & Jerry's</b>"));
        assertEquals("", HtmlText.escape(""));
        assertEquals("人民日报 — plain", HtmlText.escape("人民日报 — plain"));
        Random random = new Random(11);
        String pieces = "ab <>&\"' 中\uD83D\uDE00";
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String t = text.toString();
            int from = t.isEmpty() ? 0 : random.nextInt(t.length());
            StringBuilder out = new StringBuilder("prefix");
            HtmlText.appendEscaped(out, t, from, t.length());
            assertEquals("prefix" + oneByOne(t.substring(from)), out.toString(), t);
        }
    }

    private static String oneByOne(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
