package org.docedition.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every document page of the real edition carries what reference managers and harvesters read:
 * canonical address, Highwire and Dublin Core tags, schema.org JSON-LD, and citation files that exist.
 */
class DocumentMetadataTest {

    @Test
    void everyDocumentPage_hasCanonicalHighwireDublinCoreJsonLdAndCitationFiles() throws IOException {
        Path site = SeedsSite.dir();
        List<String> missing = new ArrayList<>();
        int pages = 0;
        for (String page : SeedsSite.pages()) {
            if (!page.startsWith("documents/") || page.endsWith(".zh.html")) {
                continue;
            }
            pages++;
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            String url = SeedsSite.SITE_URL + page;
            if (!doc.select("link[rel=canonical]").attr("href").equals(url)) {
                missing.add(page + ": canonical");
            }
            // jsoup's text() turns no-break spaces into spaces
            if (!doc.select("meta[name=citation_title]").attr("content").replace('\u00a0', ' ')
                    .equals(doc.select("h1").text())) {
                missing.add(page + ": citation_title");
            }
            if (doc.select("meta[name=DC.title]").isEmpty() || doc.select("link[rel=schema.DC]").isEmpty()) {
                missing.add(page + ": Dublin Core");
            }
            JsonNode ld = new ObjectMapper().readTree(doc.select("script[type=application/ld+json]").html());
            if (!ld.path("url").asText().equals(url) || ld.path("isPartOf").path("name").asText().isEmpty()) {
                missing.add(page + ": JSON-LD " + ld);
            }
            if (!doc.select(".cite-note").text().contains(url)) {
                missing.add(page + ": Chicago note without the page's address");
            }
            for (String ext : List.of("bib", "ris", "json")) {
                Path file = site.resolve("data/cite/" + page.substring("documents/".length()).replace(".html", "." + ext));
                if (!Files.isRegularFile(file) || !Files.readString(file).contains(url)) {
                    missing.add(page + ": " + ext + " file");
                }
            }
        }
        assertTrue(pages > 40, "document pages: " + pages);
        assertEquals(List.of(), missing);
    }

    @Test
    void everyPage_hasOneCanonicalLink_theAddressTheSitemapGives() throws IOException {
        Path site = SeedsSite.dir();
        List<String> canonical = new ArrayList<>();
        for (String page : SeedsSite.pages()) {
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            List<String> links = doc.select("link[rel=canonical]").eachAttr("href");
            assertEquals(1, links.size(), page + ": " + links);
            canonical.add(links.get(0));
        }
        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
        List<String> listed = sitemap.select("url > loc").eachText();
        assertTrue(canonical.contains(SeedsSite.SITE_URL), "the home page's address is the site's");
        assertEquals(listed.stream().sorted().toList(), canonical.stream().sorted().toList());
    }

    @Test
    void citationFiles_parseAsTheirFormats() throws IOException {
        Path cite = SeedsSite.dir().resolve("data/cite");
        try (var files = Files.list(cite)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                String name = f.getFileName().toString();
                if (name.endsWith(".json")) {
                    assertTrue(new ObjectMapper().readTree(text).get(0).has("title"), name);
                } else if (name.endsWith(".ris")) {
                    assertTrue(text.startsWith("TY  - ") && text.endsWith("ER  - \r\n"), name);
                } else {
                    assertTrue(text.startsWith("@") && text.endsWith("}\n"), name);
                    assertFalse(text.contains("{}"), name + " has an empty field");
                }
            }
        }
    }
}
