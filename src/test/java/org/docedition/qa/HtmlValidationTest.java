package org.docedition.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the W3C's validator, run in-process) finds no error on any page or style sheet. */
class HtmlValidationTest {

    @Test
    void everyPage_hasNoNuCheckerErrors() throws Exception {
        List<String> pages = SeedsSite.pages();
        assertTrue(pages.size() > 50, "the site has its pages: " + pages.size());
        assertEquals(List.of(), errors(SeedsSite.dir(), pages), "Nu HTML Checker errors");
    }

    @Test
    void largeEditionPages_hasNoNuCheckerErrors() throws Exception {
        List<String> pages = SeedsSite.asLargePages();
        assertTrue(pages.size() > 4, "year pages and paged lists: " + pages);
        assertEquals(List.of(), errors(SeedsSite.asLarge(), pages), "Nu HTML Checker errors");
    }

    @Test
    void styleSheets_haveNoNuCheckerErrors() throws Exception {
        Errors errors = new Errors();
        SimpleDocumentValidator validator = validator(errors);
        for (File css : SeedsSite.dir().resolve("assets").toFile().listFiles((d, n) -> n.endsWith(".css"))) {
            errors.file = "assets/" + css.getName();
            validator.checkCssFile(css, true);
        }
        assertEquals(List.of(), errors.messages, "Nu CSS Checker errors");
    }

    @Test
    void brokenPage_isReported() throws Exception {
        // the checker must be able to fail: a page with a duplicate id and a stray end tag
        Path page = java.nio.file.Files.createTempFile("broken", ".html");
        java.nio.file.Files.writeString(page, "<!DOCTYPE html><html lang=en><head><title>x</title></head>"
                + "<body><p id=a>1</p><p id=a>2</p></div></body></html>");
        Errors errors = new Errors();
        validator(errors).checkHtmlFile(page.toFile(), true);
        java.nio.file.Files.delete(page);
        assertEquals(2, errors.messages.size(), errors.messages.toString());
    }

    /** The Nu checker's errors on {@code pages} of {@code site}. */
    private static List<String> errors(Path site, List<String> pages) throws Exception {
        Errors errors = new Errors();
        SimpleDocumentValidator validator = validator(errors);
        for (String page : pages) {
            errors.file = page;
            validator.checkHtmlFile(site.resolve(page).toFile(), true);
        }
        return errors.messages;
    }

    private static SimpleDocumentValidator validator(Errors errors) throws Exception {
        SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
        v.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, errors);
        v.setUpValidatorAndParsers(errors, false, false);
        return v;
    }

    /** Collects errors with file and line; warnings and info messages are advice, not failures. */
    private static final class Errors implements ErrorHandler {
        final List<String> messages = new ArrayList<>();
        String file = "";

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(file + ":" + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
