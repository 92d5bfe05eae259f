package org.docedition.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes JSON the same way every time: keys in insertion order, two-space indent, {@code \n} line
 * ends whatever the platform, UTF-8 without escaping non-ASCII text, a final newline.
 */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonOutput() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** The UTF-8 bytes of {@code node}, pretty-printed, ending in a newline. */
    static byte[] bytes(JsonNode node) {
        return (text(node) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code node} pretty-printed as a document of its own, without the final newline. */
    static String text(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serialises; this would be a bug in Jackson
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes {@link #bytes} gives for an array of the nodes whose {@link #text}s are
     * {@code elements}, made from those texts: an element one level down is its text with every
     * line after the first indented once more (a JSON string holds no raw line break), so texts
     * made once can be used again in the next build's array.
     */
    static byte[] arrayOf(List<String> elements) {
        if (elements.isEmpty()) {
            return "[]\n".getBytes(StandardCharsets.UTF_8);
        }
        int length = 4;
        for (String e : elements) {
            length += e.length() + 32;
        }
        StringBuilder out = new StringBuilder(length).append('[');
        for (int i = 0; i < elements.size(); i++) {
            out.append(i == 0 ? "\n  " : ",\n  ");
            String element = elements.get(i);
            int from = 0;
            for (int nl = element.indexOf('\n'); nl >= 0; nl = element.indexOf('\n', from)) {
                out.append(element, from, nl + 1).append("  ");
                from = nl + 1;
            }
            out.append(element, from, element.length());
        }
        return out.append("\n]\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
