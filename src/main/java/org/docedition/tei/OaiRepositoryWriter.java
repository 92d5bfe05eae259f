package org.docedition.tei;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.docedition.files.SiteTree;
import org.docedition.link.Edition;
import org.docedition.model.Document;

/**
 * Writes {@code data/oai-pmh.xml}: an OAI-PMH static repository (openarchives.org, "Specification
 * for an OAI Static Repository and an OAI Static Repository Gateway") with Identify,
 * ListMetadataFormats ({@code oai_dc}) and ListRecords, one Dublin Core record per document.
 *
 * <p>A record's datestamp says when the record last changed, so harvesters fetch only what
 * changed: a record equal to the one in the published file keeps that file's datestamp; a new or
 * changed record gets the build's date ({@code SOURCE_DATE_EPOCH}, or today when it is not set).
 */
final class OaiRepositoryWriter {

    static final String PATH = "data/oai-pmh.xml";
    static final String STATIC = "http://www.openarchives.org/OAI/2.0/static-repository";
    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final Publication publication;

    OaiRepositoryWriter(Publication publication) {
        if (publication.baseUrl().isEmpty()) {
            throw new IllegalArgumentException("an OAI repository needs the site's address");
        }
        this.publication = publication;
    }

    void write(Edition edition, SiteTree tree, Path previousSite) {
        Map<String, Previous> previous = previous(previousSite.resolve(PATH));
        tree.write(PATH, bytes(edition.documents(), previous));
    }

    /** A record of the published file: its datestamp and its metadata as {@link #key} gives it. */
    record Previous(String datestamp, String key) {
    }

    byte[] bytes(List<Document> documents, Map<String, Previous> previous) {
        String today = publication.date().orElseGet(() -> LocalDate.now(ZoneOffset.UTC)).toString();
        List<String> identifiers = new ArrayList<>();
        List<String> stamps = new ArrayList<>();
        List<DublinCore> records = new ArrayList<>();
        for (Document d : documents) {
            String identifier = identifier(d);
            DublinCore dc = DublinCore.of(d, publication);
            Previous last = previous.get(identifier);
            identifiers.add(identifier);
            stamps.add(last != null && last.key().equals(key(dc.elements())) ? last.datestamp() : today);
            records.add(dc);
        }
        String earliest = stamps.stream().min(String::compareTo).orElse(today);

        XmlBlocks x = new XmlBlocks(STATIC).prefix("oai", OAI).prefix("xsi", XSI);
        x.open(STATIC, "Repository").declare("", STATIC).declare("oai", OAI).declare("xsi", XSI)
                .attribute(XSI, "schemaLocation", STATIC + " http://www.openarchives.org/OAI/2.0/static-repository.xsd");
        x.open(STATIC, "Identify");
        x.leaf(OAI, "repositoryName", publication.title());
        x.leaf(OAI, "baseURL", publication.absolute(PATH).orElseThrow());
        x.leaf(OAI, "protocolVersion", "2.0");
        if (!publication.adminEmail().isEmpty()) {
            x.leaf(OAI, "adminEmail", publication.adminEmail());
        }
        x.leaf(OAI, "earliestDatestamp", earliest);
        x.leaf(OAI, "deletedRecord", "no");
        x.leaf(OAI, "granularity", "YYYY-MM-DD");
        x.close();
        x.open(STATIC, "ListMetadataFormats");
        x.open(OAI, "metadataFormat");
        x.leaf(OAI, "metadataPrefix", "oai_dc");
        x.leaf(OAI, "schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        x.leaf(OAI, "metadataNamespace", OAI_DC);
        x.close();
        x.close();
        x.open(STATIC, "ListRecords", "metadataPrefix", "oai_dc");
        for (int i = 0; i < records.size(); i++) {
            x.open(OAI, "record");
            x.open(OAI, "header");
            x.leaf(OAI, "identifier", identifiers.get(i));
            x.leaf(OAI, "datestamp", stamps.get(i));
            x.close();
            x.open(OAI, "metadata");
            x.prefix("oai_dc", OAI_DC).prefix("dc", DC);
            x.open(OAI_DC, "dc").declare("oai_dc", OAI_DC).declare("dc", DC)
                    .attribute(XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
            for (DublinCore.Element e : records.get(i).elements()) {
                x.leaf(DC, e.name(), e.value());
            }
            x.close();
            x.close();
            x.close();
        }
        x.close();
        x.close();
        return x.bytes();
    }

    /** {@code oai:<host>:<id>}, an oai-identifier in the form the OAI-PMH guidelines give. */
    String identifier(Document d) {
        return "oai:" + publication.baseUrl().orElseThrow().getHost() + ":" + d.id().value();
    }

    /** The metadata of a record as one string, to tell whether it changed. */
    static String key(List<DublinCore.Element> elements) {
        StringBuilder s = new StringBuilder();
        for (DublinCore.Element e : elements) {
            s.append(e.name()).append('\u0000').append(e.value()).append('\u0001');
        }
        return s.toString();
    }

    /** The records of a published OAI file by identifier; none when there is none or it cannot be read. */
    static Map<String, Previous> previous(Path file) {
        Map<String, Previous> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            String identifier = null;
            String datestamp = null;
            List<DublinCore.Element> elements = new ArrayList<>();
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    if (r.getEventType() == XMLStreamConstants.END_ELEMENT && OAI.equals(r.getNamespaceURI())
                            && r.getLocalName().equals("record") && identifier != null && datestamp != null) {
                        out.put(identifier, new Previous(datestamp, key(elements)));
                        identifier = null;
                        datestamp = null;
                        elements = new ArrayList<>();
                    }
                    continue;
                }
                String ns = r.getNamespaceURI();
                String name = r.getLocalName();
                if (OAI.equals(ns) && name.equals("identifier")) {
                    identifier = r.getElementText();
                } else if (OAI.equals(ns) && name.equals("datestamp")) {
                    datestamp = r.getElementText();
                } else if (DC.equals(ns)) {
                    elements.add(new DublinCore.Element(name, r.getElementText()));
                }
            }
        } catch (IOException | XMLStreamException e) {
            // a damaged earlier file only costs harvesters a refetch: every record is dated afresh
            return new HashMap<>();
        }
        return out;
    }
}
