package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelKeyTest {

    private static Map<String, Object> model(Object title, Object neighbours) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("previous", neighbours);
        m.put("count", 3);
        return m;
    }

    @Test
    void of_equalModelsBuiltInAnotherOrder_giveTheSameKey() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("x", "1");
        a.put("y", List.of("a", "b"));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("y", List.of("a", "b"));
        b.put("x", "1");

        assertEquals(ModelKey.of("document.ftl", a), ModelKey.of("document.ftl", b));
    }

    @Test
    void of_aNeighbourTitleChanged_givesAnotherKey() {
        assertNotEquals(ModelKey.of("document.ftl", model("Doc", Map.of("title", "Old"))),
                ModelKey.of("document.ftl", model("Doc", Map.of("title", "New"))));
    }

    @Test
    void of_anotherTemplate_givesAnotherKey() {
        assertNotEquals(ModelKey.of("document.ftl", model("Doc", null)), ModelKey.of("original.ftl", model("Doc", null)));
    }

    @Test
    void of_valuesThatPrintAlike_giveDifferentKeys() {
        // "3" and 3, or a list of one "a,b" and of "a" and "b", must not collide
        assertNotEquals(ModelKey.of("t", Map.of("v", "3")), ModelKey.of("t", Map.of("v", 3)));
        assertNotEquals(ModelKey.of("t", Map.of("v", List.of("a,b"))), ModelKey.of("t", Map.of("v", List.of("a", "b"))));
        assertNotEquals(ModelKey.of("t", model(null, null)), ModelKey.of("t", model("", null)));
    }

    @Test
    void of_anObjectWithoutValueText_neverMatchesAgain() {
        Object opaque = new Object();
        // its toString holds an identity hash: a new object next build; the page is rendered again
        assertNotEquals(ModelKey.of("t", Map.of("v", new Object())), ModelKey.of("t", Map.of("v", new Object())));
        assertEquals(ModelKey.of("t", Map.of("v", opaque)), ModelKey.of("t", Map.of("v", opaque)));
    }

    @Test
    void of_aRecord_isKeyedByItsComponents() {
        record Person(String name, int born) {
        }
        assertEquals(ModelKey.of("t", Map.of("p", new Person("Zhou", 1898))),
                ModelKey.of("t", Map.of("p", new Person("Zhou", 1898))));
        assertNotEquals(ModelKey.of("t", Map.of("p", new Person("Zhou", 1898))),
                ModelKey.of("t", Map.of("p", new Person("Zhou", 1899))));
    }

    @Test
    void of_isTheDigestOfTheCanonicalText() throws Exception {
        // keys are compared with those a previous build recorded: the canonical text must not drift
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "\u5468");
        model.put("count", 3);
        model.put("items", List.of(Map.of("a", true), java.util.Optional.empty()));
        model.put("none", null);
        String text = "t\u0000{4:S5:count VInteger1:3S5:items[2:{1:S1:aVBoolean4:true}O N]S4:noneNS5:titleS1:\u5468}";
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.replace(" ", "").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(digest), ModelKey.of("t", model));
    }

    @Test
    void sharing_aPartInManyModels_givesTheKeysOfTheWholeWalk() {
        Map<String, Object> site = new HashMap<>(Map.of("title", "Edition", "menu", List.of(Map.of("url", "a.html")),
                "statements", new java.util.TreeMap<>(Map.of("s1", Map.of("by", "ed."), "s0", "x"))));
        ModelKey keys = ModelKey.sharing(site);
        Map<String, Object> page = model("Doc", Map.of("title", "Old"));
        page.put("site", site);
        Map<String, Object> twice = model("Doc", List.of(site, Map.of("inner", site)));
        twice.put("site", site);
        // an equal site that is another object is walked, and keys the same
        Map<String, Object> copy = model("Doc", Map.of("title", "Old"));
        copy.put("site", new HashMap<>(site));

        assertEquals(ModelKey.of("document.ftl", page), keys.key("document.ftl", page));
        assertEquals(ModelKey.of("document.ftl", twice), keys.key("document.ftl", twice));
        assertEquals(ModelKey.of("document.ftl", copy), keys.key("document.ftl", copy));
    }

    @Test
    void sharing_aPartThatCannotBeDescribed_leavesItsPagesUnkeyed() {
        Map<String, Object> cycle = new HashMap<>();
        cycle.put("self", cycle);
        ModelKey keys = ModelKey.sharing(cycle);
        Map<String, Object> page = model("Doc", null);
        page.put("site", cycle);

        assertNotEquals(keys.key("t", page), keys.key("t", page));
    }
}
