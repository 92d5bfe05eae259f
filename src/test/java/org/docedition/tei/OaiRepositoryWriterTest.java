package org.docedition.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.docedition.files.SiteTree;
import org.docedition.link.Edition;
import org.docedition.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The OAI-PMH static repository: its structure as the openarchives.org static repository
 * guidelines give it (no registry publishes their XML Schemas, so the structure is tested), one
 * Dublin Core record per document, and datestamps that change only with their record.
 */
class OaiRepositoryWriterTest {

    private static final String OAI = OaiRepositoryWriter.OAI;
    private static final String DC = OaiRepositoryWriter.DC;

    private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Element parent, String ns, String name) {
        NodeList list = parent.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String text(Element parent, String ns, String name) {
        return elements(parent, ns, name).get(0).getTextContent();
    }

    private static List<String> values(Element record, String name) {
        return elements(record, DC, name).stream().map(Element::getTextContent).toList();
    }

    @Test
    void seedEdition_isAStaticRepositoryWithOneDublinCoreRecordPerDocument(@TempDir Path site) throws Exception {
        Edition edition = TeiEditions.export(TeiEditions.SEEDS, site).edition();
        Element root = parse(Files.readAllBytes(site.resolve(TeiExporter.OAI))).getDocumentElement();
        assertEquals(OaiRepositoryWriter.STATIC, root.getNamespaceURI());
        assertEquals("Repository", root.getLocalName());
        List<String> parts = new ArrayList<>();
        for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                parts.add(e.getLocalName());
            }
        }
        assertEquals(List.of("Identify", "ListMetadataFormats", "ListRecords"), parts);

        Element identify = elements(root, OaiRepositoryWriter.STATIC, "Identify").get(0);
        assertEquals("https://example.org/edition/data/oai-pmh.xml", text(identify, OAI, "baseURL"));
        assertEquals("2.0", text(identify, OAI, "protocolVersion"));
        assertEquals("editors@example.org", text(identify, OAI, "adminEmail"));
        assertEquals("YYYY-MM-DD", text(identify, OAI, "granularity"));
        assertEquals("2023-11-14", text(identify, OAI, "earliestDatestamp"));
        assertEquals("oai_dc", text(root, OAI, "metadataPrefix"));
        assertEquals(OaiRepositoryWriter.OAI_DC, text(root, OAI, "metadataNamespace"));

        List<Element> records = elements(root, OAI, "record");
        assertEquals(edition.documents().size(), records.size());
        for (int i = 0; i < records.size(); i++) {
            Document d = edition.documents().get(i);
            Element r = records.get(i);
            assertEquals("oai:example.org:" + d.id().value(), text(r, OAI, "identifier"));
            assertEquals("2023-11-14", text(r, OAI, "datestamp"));
            assertEquals(List.of(d.title()), values(r, "title"));
            assertEquals(List.of("Text"), values(r, "type"));
            assertEquals(List.of("https://example.org/edition/" + d.id().url()), values(r, "identifier"));
            assertEquals(List.of("Licensed under CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
                    values(r, "rights"));
            assertTrue(values(r, "date").stream().allMatch(v -> v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")), values(r, "date")::toString);
            assertFalse(values(r, "source").isEmpty());
            assertTrue(values(r, "relation").contains("https://example.org/edition/data/tei/" + d.id().value() + ".xml"));
            d.archive().ifPresent(a -> assertTrue(values(r, "source").contains(a.text())));
            d.original().ifPresent(o -> {
                assertTrue(values(r, "language").contains(o.language()));
                assertTrue(values(r, "relation").contains("https://example.org/edition/documents/" + d.id().value()
                        + ".zh.html"), values(r, "relation")::toString);
            });
        }
    }

    @Test
    void datestamp_staysWhileTheRecordIsUnchanged_andMovesWhenItChanges(@TempDir Path dir) throws Exception {
        Edition edition = TeiEditions.read(TeiEditions.FIXTURE).edition();
        List<Document> documents = edition.documents();
        Publication first = TeiEditions.PUBLICATION;
        Publication later = new Publication(first.title(), first.publisher(), first.baseUrl(),
                Optional.of(LocalDate.of(2024, 5, 1)), first.licence(), first.licenceUrl(), first.adminEmail());
        Path published = dir.resolve("site");
        Files.createDirectories(published.resolve("data"));
        Files.write(published.resolve(OaiRepositoryWriter.PATH),
                new OaiRepositoryWriter(first).bytes(documents, Map.of()));

        Document changed = documents.get(1);
        List<Document> edited = new ArrayList<>(documents);
        edited.set(1, new Document(changed.id(), changed.kind(), changed.source(), changed.title() + " (corrected)",
                changed.date(), changed.number(), changed.numberMark(), changed.author(), changed.page(),
                changed.printed(), changed.archive(), changed.paragraphs(), changed.original(), changed.footnotes(),
                changed.textInSource(), changed.location()));
        byte[] again = new OaiRepositoryWriter(later).bytes(edited,
                OaiRepositoryWriter.previous(published.resolve(OaiRepositoryWriter.PATH)));
        List<String> stamps = elements(parse(again).getDocumentElement(), OAI, "datestamp").stream()
                .map(Element::getTextContent).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            expected.add(i == 1 ? "2024-05-01" : "2023-11-14");
        }
        assertEquals(expected, stamps);
    }

    @Test
    void withoutTheSiteAddress_noOaiFileIsWritten(@TempDir Path site) {
        TeiEditions.Read read = TeiEditions.read(TeiEditions.FIXTURE);
        Publication local = new Publication("Test edition", "", Optional.empty(), Optional.empty(), "", "", "");
        new TeiExporter(local).write(read.edition(), read.apparatus(), SiteTree.clean(site), site);
        assertFalse(Files.exists(site.resolve(TeiExporter.OAI)));
        assertTrue(Files.exists(site.resolve(TeiExporter.CORPUS)));
    }

    @Test
    void identifier_isAnOaiIdentifierOfTheSitesHost() {
        Publication p = new Publication("T", "", Optional.of(URI.create("https://history.example.net/x/")),
                Optional.empty(), "", "", "");
        Document d = TeiEditions.read(TeiEditions.FIXTURE).edition().documents().get(0);
        assertEquals("oai:history.example.net:" + d.id().value(), new OaiRepositoryWriter(p).identifier(d));
    }
}
