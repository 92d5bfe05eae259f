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
}
