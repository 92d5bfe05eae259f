package org.docedition.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.docedition.apparatus.Apparatus;
import org.docedition.model.Person;

/**
 * Schedules the apparatus pages: {@code persons.html} and {@code persons/<id>.html},
 * {@code archives.html} and {@code archives/<id>.html} (archives, newspapers, fonds), and
 * {@code sources/<id>.html}. A page type whose template is missing is not written, so a project
 * with older templates still builds.
 */
final class ApparatusPages {

    static final String PERSONS = "persons.ftl";
    static final String PERSON = "person.ftl";
    static final String ARCHIVES = "archives.ftl";
    static final String ARCHIVE = "archive.ftl";
    static final String SOURCE = "source.ftl";
    /** Pages in the apparatus folders sit one folder down. */
    private static final String DOWN = "../";

    private ApparatusPages() {
    }

    /** Adds a task per apparatus page to {@code tasks}. */
    static void tasks(Apparatus apparatus, ApparatusPageModels models, SiteRenderer.Pages out,
                      List<Callable<SiteRenderer.Weights>> tasks) {
        TemplateEngine engine = out.engine();
        if (engine.exists(PERSONS)) {
            tasks.add(() -> out.single("persons", PERSONS, "persons.html", () -> Map.of("index", models.personsIndex())));
        }
        if (engine.exists(PERSON) && !apparatus.persons().isEmpty()) {
            for (Person p : apparatus.persons()) {
                tasks.add(() -> out.single("person", PERSON, p.url(), DOWN, () -> Map.of("person", models.person(p))));
            }
        }
        if (engine.exists(ARCHIVES)) {
            tasks.add(() -> out.single("archives", ARCHIVES, "archives.html",
                    () -> Map.of("index", models.archivesIndex())));
        }
        if (engine.exists(ARCHIVE) && !apparatus.holdings().isEmpty()) {
            for (Apparatus.Holding h : apparatus.holdings()) {
                tasks.add(() -> out.single("archive", ARCHIVE, h.url(), DOWN, () -> Map.of("archive", models.holding(h))));
                for (Apparatus.Fond f : h.fonds()) {
                    tasks.add(() -> out.single("archive", ARCHIVE, f.url(), DOWN,
                            () -> Map.of("archive", models.fond(h, f))));
                }
            }
        }
        if (engine.exists(SOURCE) && !apparatus.sources().isEmpty()) {
            for (Apparatus.SourceListing s : apparatus.sources()) {
                tasks.add(() -> out.single("source", SOURCE, s.url(), DOWN, () -> Map.of("source", models.source(s))));
            }
        }
    }
}
