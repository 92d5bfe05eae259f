package org.docedition.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every TEI file the build writes is valid TEI P5 ({@code tei_all} 4.12.0, RELAX NG, checked by
 * jing), for the seed edition and the fixture edition; the schema is the project's own copy.
 */
class TeiSchemaTest {

    private static final List<String> errors = new ArrayList<>();
    private static ValidationDriver driver;

    @BeforeAll
    static void loadSchema() throws Exception {
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        driver = new ValidationDriver(properties.toPropertyMap());
        String schema = TeiSchemaTest.class.getResource("tei_all.rng").toExternalForm();
        assertTrue(driver.loadSchema(new InputSource(schema)), "the TEI schema must load");
    }

    private static List<String> validate(List<Path> files) throws Exception {
        errors.clear();
        for (Path f : files) {
            driver.validate(new InputSource(f.toUri().toString()));
        }
        return List.copyOf(errors);
    }

    private static List<Path> teiFiles(Path site) {
        List<Path> files = new ArrayList<>(TeiEditions.files(site.resolve("data/tei")));
        files.add(site.resolve(TeiExporter.CORPUS));
        return files;
    }

    @Test
    void seedEdition_everyTeiFileIsValidTeiAll(@TempDir Path site) throws Exception {
        TeiEditions.Read read = TeiEditions.export(TeiEditions.SEEDS, site);
        List<Path> files = teiFiles(site);
        assertEquals(read.edition().documents().size() + 1, files.size());
        assertEquals(List.of(), validate(files));
    }

    @Test
    void fixtureEdition_everyTeiFileIsValidTeiAll(@TempDir Path site) throws Exception {
        TeiEditions.Read read = TeiEditions.export(TeiEditions.FIXTURE, site);
        List<Path> files = teiFiles(site);
        assertEquals(read.edition().documents().size() + 1, files.size());
        assertEquals(List.of(), validate(files));
    }

    @Test
    void invalidTei_isReported(@TempDir Path dir) throws Exception {
        // the check itself must be able to fail: a date attribute TEI does not define
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>x</title>"
                + "</titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>"
                + "</teiHeader><text><body><div><p><date whenever=\"1954\">x</date></p></div></body></text></TEI>");
        List<String> found = validate(List.of(bad));
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).contains("bad.xml:1:") && found.get(0).contains("\"whenever\""), found::toString);
    }
}
