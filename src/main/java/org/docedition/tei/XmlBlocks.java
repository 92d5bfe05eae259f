package org.docedition.tei;

import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.docedition.files.TextBuffer;

/**
 * A StAX writer that indents element-only content and leaves mixed content (a paragraph with its
 * notes and references) on one line, so the text of a paragraph is exactly its characters.
 *
 * <p>Characters XML 1.0 cannot carry (most C0 controls, lone surrogates) are dropped: no escape
 * makes them legal, and one stray control character must not make a whole file unreadable.
 */
final class XmlBlocks {

    /** One factory for every file: looking one up is a service-loader search, and factories make writers on any thread. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** A new line and the indentation of each depth a TEI file reaches, made once. */
    private static final String[] INDENTS = java.util.stream.IntStream.range(0, 16)
            .mapToObj(d -> "\n" + "  ".repeat(d)).toArray(String[]::new);

    private final TextBuffer text = new TextBuffer(8 * 1024);
    private final XMLStreamWriter xml;
    private int depth;
    /** Depth of the element whose content is mixed, or -1 when writing element-only content. */
    private int inline = -1;

    XmlBlocks(String defaultNamespace) {
        try {
            xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(defaultNamespace);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Declares {@code prefix} for {@code namespace} on the next element written. */
    XmlBlocks prefix(String prefix, String namespace) {
        try {
            xml.setPrefix(prefix, namespace);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** A processing instruction before the root element. */
    XmlBlocks instruction(String target, String data) {
        try {
            xml.writeCharacters("\n");
            xml.writeProcessingInstruction(target, data);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Opens an element of element-only content; {@code attributes} are name, value pairs (empty values skipped). */
    XmlBlocks open(String namespace, String name, String... attributes) {
        try {
            newLine();
            xml.writeStartElement(namespace, name);
            attributes(attributes);
            depth++;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Writes the namespace declaration of {@code prefix} on the element just opened. */
    XmlBlocks declare(String prefix, String namespace) {
        try {
            if (prefix.isEmpty()) {
                xml.writeDefaultNamespace(namespace);
            } else {
                xml.writeNamespace(prefix, namespace);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Writes one more attribute on the element just opened. */
    XmlBlocks attribute(String namespace, String name, String value) {
        try {
            xml.writeAttribute(namespace, name, clean(value));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Opens an element of mixed content: everything until its {@link #close()} stays on this line. */
    XmlBlocks openInline(String namespace, String name, String... attributes) {
        try {
            if (inline < 0) {
                newLine();
                inline = depth;
            }
            xml.writeStartElement(namespace, name);
            attributes(attributes);
            depth++;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Characters in the element open now. */
    XmlBlocks text(String characters) {
        try {
            xml.writeCharacters(clean(characters));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element holding only {@code characters}, on a line of its own unless inside mixed content. */
    XmlBlocks leaf(String namespace, String name, String characters, String... attributes) {
        openInline(namespace, name, attributes);
        text(characters);
        return close();
    }

    /** An element without content. */
    XmlBlocks empty(String namespace, String name, String... attributes) {
        try {
            if (inline < 0) {
                newLine();
            }
            xml.writeEmptyElement(namespace, name);
            attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Closes the element opened last. */
    XmlBlocks close() {
        try {
            depth--;
            if (inline < 0) {
                newLine();
            }
            xml.writeEndElement();
            if (inline == depth) {
                inline = -1;
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** The document, UTF-8, ending in a line break. */
    byte[] bytes() {
        try {
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String value = pairs[i + 1];
            if (value == null || value.isEmpty()) {
                continue;
            }
            String name = pairs[i];
            if (name.startsWith("xml:")) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, name.substring(4), clean(value));
            } else {
                xml.writeAttribute(name, clean(value));
            }
        }
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
    }

    /** {@code s} without the characters XML 1.0 forbids. */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(s.substring(0, i));
            } else if (allowed && out != null) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out == null ? s : out.toString();
    }
}
