package org.docedition.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StyleKeysTest {

    @Test
    void cover_keysSpreadOverPages_choosesFewPagesHoldingEveryKey() {
        List<String> pages = List.of("a.html", "b.html", "c.html", "d.html");
        List<Set<String>> keys = List.of(Set.of("p", "h1"), Set.of("p", "h1", "a"), Set.of("p"), Set.of("p", "table"));
        assertEquals(List.of("b.html", "d.html"), StyleKeys.cover(pages, keys));
    }

    @Test
    void cover_aKeyOnOnePageOnly_keepsThatPage() {
        List<String> pages = List.of("a.html", "b.html", "c.html");
        List<Set<String>> keys = List.of(Set.of("p", "h1", "ul"), Set.of("p", "h1", "ul"), Set.of("p", ">dark"));
        assertEquals(List.of("a.html", "c.html"), StyleKeys.cover(pages, keys));
    }
}
