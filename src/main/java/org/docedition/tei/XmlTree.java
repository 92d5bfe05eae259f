package org.docedition.tei;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML file read with StAX into elements and text runs that know their line, so a reader can
 * walk the structure and still say where each piece of text stood.
 *
 * <p>No DTD is read and no entity resolved: a seed never makes the build fetch anything.
 */
final class XmlTree {

    /** Text or an element. */
    sealed interface Node permits Text, Element {
    }

    /** A run of characters as it stands in the file, starting on {@code line}. */
    record Text(String text, int line) implements Node {
    }

    /** An element: namespace, local name, attributes by name ({@code xml:id} for the XML namespace), children. */
    record Element(String namespace, String name, Map<String, String> attributes, List<Node> children, int line)
            implements Node {

        String attribute(String key) {
            return attributes.getOrDefault(key, "");
        }

        boolean is(String ns, String local) {
            return ns.equals(namespace) && local.equals(name);
        }

        List<Element> elements() {
            List<Element> out = new ArrayList<>();
            for (Node n : children) {
                if (n instanceof Element e) {
                    out.add(e);
                }
            }
            return out;
        }

        Optional<Element> first(String local) {
            return elements().stream().filter(e -> e.name.equals(local)).findFirst();
        }

        /** Descendants (not this element) that satisfy {@code test}, not looking inside those found. */
        List<Element> find(Predicate<Element> test) {
            List<Element> out = new ArrayList<>();
            for (Element e : elements()) {
                if (test.test(e)) {
                    out.add(e);
                } else {
                    out.addAll(e.find(test));
                }
            }
            return out;
        }
    }

    /** A file that is not well-formed: where and why. */
    static final class Malformed extends Exception {
        final int line;
        final int column;

        Malformed(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private XmlTree() {
    }

    /** The root element of {@code xml}. */
    static Element parse(String xml) throws Malformed {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new StringReader(xml));
            Deque<Element> open = new ArrayDeque<>();
            Element root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String ns = r.getAttributeNamespace(i);
                            String key = XMLConstants.XML_NS_URI.equals(ns) ? "xml:" + r.getAttributeLocalName(i)
                                    : r.getAttributeLocalName(i);
                            attributes.put(key, r.getAttributeValue(i));
                        }
                        Element e = new Element(r.getNamespaceURI() == null ? "" : r.getNamespaceURI(),
                                r.getLocalName(), attributes, new ArrayList<>(), r.getLocation().getLineNumber());
                        if (open.isEmpty()) {
                            root = e;
                        } else {
                            open.peek().children().add(e);
                        }
                        open.push(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            // the location is after the characters: count back their line breaks
                            String text = r.getText();
                            int line = r.getLocation().getLineNumber() - (int) text.chars().filter(c -> c == '\n').count();
                            open.peek().children().add(new Text(text, Math.max(1, line)));
                        }
                    }
                    default -> {
                        // comments, processing instructions and the document's end carry no text
                    }
                }
            }
            if (root == null) {
                throw new Malformed(1, 1, "no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null ? "not well-formed" : e.getMessage();
            // the JDK's message repeats the position before the reason: keep the reason
            int reason = message.indexOf("Message: ");
            throw new Malformed(at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                    reason >= 0 ? message.substring(reason + 9).strip() : message.strip());
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond the string
                }
            }
        }
    }
}
