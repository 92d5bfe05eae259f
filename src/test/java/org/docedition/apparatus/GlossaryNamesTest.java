package org.docedition.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docedition.ingest.SeedIngester;
import org.docedition.link.EditionLinker;
import org.docedition.model.Document;
import org.docedition.model.Mention;
import org.docedition.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18.7: a newspaper's Named Entities list feeds recognition and the check of unknown names. */
class GlossaryNamesTest {

    @Test
    void glossary_knownRendering_teachesTheOriginalItsChineseForm_andUnknownEntryIsReported(@TempDir Path seeds)
            throws IOException {
        try (InputStream in = GlossaryNamesTest.class.getResourceAsStream(
                "/org/docedition/ingest/newspaper/1964-edition-named-entities.txt")) {
            Files.write(seeds.resolve("100_later.txt"), in.readAllBytes());
        }
        List<Document> docs = new SeedIngester().ingest(seeds).documents();
        List<Problem> problems = new ArrayList<>();
        // Chen Yi's Chinese name is not in this authority: the glossary gives it
        PersonsFile persons = PersonsFile.parse("p.csv", List.of("id,name,variants", "chen-yi,Chen Yi,"), problems);
        Apparatus a = new ApparatusBuilder(persons).reportingUnknownNames().build(new EditionLinker().link(docs));

        DocumentNames names = a.names().values().iterator().next();
        assertTrue(names.original().stream().flatMap(List::stream).anyMatch(s -> s.id().equals("chen-yi")),
                "陈毅 in the original is linked to Chen Yi");
        Mention chen = a.mentions().values().iterator().next().get(0);
        assertEquals("chen-yi", chen.personId());
        assertTrue(a.problems().stream().anyMatch(p -> p.message().startsWith("'阿尔巴尼亚 (Albania)' of the Named Entities")),
                a.problems()::toString);
        assertTrue(a.problems().stream().noneMatch(p -> p.message().contains("'陈毅")), a.problems()::toString);
    }
}
