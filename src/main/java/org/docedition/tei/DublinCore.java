package org.docedition.tei;

import java.util.ArrayList;
import java.util.List;
import org.docedition.model.Document;

/**
 * The simple Dublin Core record of one document, as OAI-PMH's {@code oai_dc} carries it.
 *
 * @param elements element name ({@code title}, {@code date}, ...) and value, in the order written
 */
record DublinCore(List<Element> elements) {

    /** One {@code dc:} element. */
    record Element(String name, String value) {
    }

    DublinCore {
        elements = List.copyOf(elements);
    }

    /**
     * The record of {@code d}: title, creator, date in W3CDTF (as precise as the source), type,
     * languages, the page's address as identifier, the printed source and archive citation as
     * sources, the licence as rights, and the original-language page and TEI file as relations.
     */
    static DublinCore of(Document d, Publication publication) {
        List<Element> e = new ArrayList<>();
        e.add(new Element("title", d.title()));
        if (!d.author().isEmpty()) {
            e.add(new Element("creator", d.author()));
        }
        d.date().ifPresent(date -> e.add(new Element("date", date.iso())));
        e.add(new Element("type", "Text"));
        e.add(new Element("language", "en"));
        d.original().ifPresent(o -> e.add(new Element("language", o.language())));
        e.add(new Element("publisher", publication.publisher()));
        publication.absolute(d.id().url()).ifPresent(url -> e.add(new Element("identifier", url)));
        d.printed().ifPresent(p -> e.add(new Element("source", p.citation())));
        d.archive().ifPresent(a -> e.add(new Element("source", a.text())));
        if (d.printed().isEmpty() && d.archive().isEmpty()) {
            e.add(new Element("source", d.source().title()));
        }
        if (!publication.licence().isEmpty()) {
            e.add(new Element("rights", publication.licence()));
        }
        if (!publication.licenceUrl().isEmpty()) {
            e.add(new Element("rights", publication.licenceUrl()));
        }
        d.original().ifPresent(o -> publication.absolute("documents/" + d.id().value() + "."
                + java.util.Locale.forLanguageTag(o.language()).getLanguage() + ".html")
                .ifPresent(url -> e.add(new Element("relation", url))));
        publication.absolute(TeiExporter.path(d.id())).ifPresent(url -> e.add(new Element("relation", url)));
        return new DublinCore(e);
    }
}
