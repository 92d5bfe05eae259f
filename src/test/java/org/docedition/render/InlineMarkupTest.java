package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineMarkupTest {

    @Test
    void toHtml_noSpans_escapesEverything() {
        assertEquals("&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot; &#39;s ${x} &lt;#if&gt;",
                InlineMarkup.toHtml("<script>x</script> & \"q\" 's ${x} <#if>", List.of()));
    }

    @Test
    void toHtml_spans_replaceTheirStretchAndEscapeTheRest() {
        String text = "a<b> X c&d Y";
        List<InlineSpan> spans = List.of(new InlineSpan(11, 12, "<i>y</i>"), new InlineSpan(5, 6, "<i>x</i>"));
        assertEquals("a&lt;b&gt; <i>x</i> c&amp;d <i>y</i>", InlineMarkup.toHtml(text, spans));
    }

    @Test
    void toHtml_overlappingSpan_isDropped() {
        List<InlineSpan> spans = List.of(new InlineSpan(0, 4, "[A]"), new InlineSpan(2, 6, "[B]"));
        assertEquals("[A]ef", InlineMarkup.toHtml("abcdef", spans));
    }
}
