package org.docedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.docedition.link.Edition;
import org.docedition.model.Document;
import org.junit.jupiter.api.Test;

/** {@link JsonOutput#arrayOf}: an array made from its elements' texts is the array Jackson writes. */
class JsonOutputTest {

    @Test
    void arrayOf_elementTexts_isWhatJacksonWritesForTheArray() {
        ObjectNode first = JsonOutput.object();
        first.put("id", "a \"quoted\"\nline\tand 中文");
        first.putNull("number");
        first.putArray("references");
        ObjectNode nested = first.putObject("nested");
        nested.putArray("list").add(1).add("two").addObject().put("three", true);
        nested.putObject("empty");
        ObjectNode second = JsonOutput.object();
        second.put("id", "b");
        second.putArray("references").add("x").add("y");
        ArrayNode array = JsonOutput.array();
        array.add(first);
        array.add(second);

        assertEquals(utf8(JsonOutput.bytes(array)),
                utf8(JsonOutput.arrayOf(List.of(JsonOutput.text(first), JsonOutput.text(second)))));
        assertEquals(utf8(JsonOutput.bytes(JsonOutput.array())), utf8(JsonOutput.arrayOf(List.of())));
    }

    @Test
    void arrayOf_theFixtureSummaries_isWhatJacksonWritesForTheArray() {
        Edition edition = PublishFixtures.edition();
        ArrayNode array = JsonOutput.array();
        List<String> texts = new ArrayList<>();
        for (Document d : edition.documents()) {
            ObjectNode summary = DocumentRecords.summary(d, DocumentRecords.linksOf(edition, d.id()));
            array.add(summary);
            texts.add(JsonOutput.text(summary));
        }

        assertEquals(utf8(JsonOutput.bytes(array)), utf8(JsonOutput.arrayOf(texts)));
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
