package org.docedition.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.docedition.apparatus.Apparatus;
import org.docedition.model.Person;
import org.docedition.model.Place;

/**
 * Schedules the apparatus pages: {@code persons.html} and {@code persons/<id>.html},
 * {@code places.html} and {@code places/<id>.html} (when the edition has places),
 * {@code archives.html} and {@code archives/<id>.html} (archives, newspapers, fonds), and
 * {@code sources/<id>.html}. A page type whose template is missing is not written, so a project
 * with older templates still builds.
 */
final class ApparatusPages {

    static final String PERSONS = "persons.ftl";
    static final String PERSON = "person.ftl";
    static final String PLACES = "places.ftl";
    static final String PLACE = "place.ftl";
    static final String ARCHIVES = "archives.ftl";
    static final String ARCHIVE = "archive.ftl";
    static final String SOURCE = "source.ftl";
    /** Pages in the apparatus folders sit one folder down. */
    private static final String DOWN = "../";

    private ApparatusPages() {
    }

    /**
     * Adds a task per apparatus page to {@code tasks}; a person's, an archive's or a source's list
     * of documents takes as many pages of at most {@code pageSize} entries as it needs (see
     * {@link ListPaging}).
     */
    static void tasks(Apparatus apparatus, ApparatusPageModels models, SiteRenderer.Pages out, int pageSize,
                      List<Callable<SiteRenderer.Weights>> tasks) {
        TemplateEngine engine = out.engine();
        if (engine.exists(PERSONS)) {
            tasks.add(() -> out.single("persons", PERSONS, "persons.html", () -> Map.of("index", models.personsIndex())));
        }
        if (engine.exists(PERSON) && !apparatus.persons().isEmpty()) {
            for (Person p : apparatus.persons()) {
                ListPaging paging = new ListPaging(p.url(), models.documentsOf(p).size(), pageSize);
                paged(paging, page -> out.single("person", PERSON, paging.url(page), DOWN,
                        () -> models.personInputs(p, paging, page),
                        () -> Map.of("person", models.person(p, paging, page))), tasks);
            }
        }
        if (engine.exists(PLACES) && !apparatus.places().isEmpty()) {
            tasks.add(() -> out.single("places", PLACES, "places.html", () -> Map.of("index", models.placesIndex())));
        }
        if (engine.exists(PLACE)) {
            for (Place p : apparatus.places()) {
                ListPaging paging = new ListPaging(p.url(), models.documentsOf(p).size(), pageSize);
                paged(paging, page -> out.single("place", PLACE, paging.url(page), DOWN,
                        () -> models.placeInputs(p, paging, page),
                        () -> Map.of("place", models.place(p, paging, page))), tasks);
            }
        }
        if (engine.exists(ARCHIVES)) {
            tasks.add(() -> out.single("archives", ARCHIVES, "archives.html",
                    () -> Map.of("index", models.archivesIndex())));
        }
        if (engine.exists(ARCHIVE) && !apparatus.holdings().isEmpty()) {
            for (Apparatus.Holding h : apparatus.holdings()) {
                ListPaging paging = new ListPaging(h.url(), h.documents().size(), pageSize);
                paged(paging, page -> out.single("archive", ARCHIVE, paging.url(page), DOWN,
                        () -> models.holdingInputs(h, paging, page),
                        () -> Map.of("archive", models.holding(h, paging, page))), tasks);
                for (Apparatus.Fond f : h.fonds()) {
                    ListPaging fondPaging = new ListPaging(f.url(), f.documents().size(), pageSize);
                    paged(fondPaging, page -> out.single("archive", ARCHIVE, fondPaging.url(page), DOWN,
                            () -> models.fondInputs(h, f, fondPaging, page),
                            () -> Map.of("archive", models.fond(h, f, fondPaging, page))), tasks);
                }
            }
        }
        if (engine.exists(SOURCE) && !apparatus.sources().isEmpty()) {
            for (Apparatus.SourceListing s : apparatus.sources()) {
                ListPaging paging = new ListPaging(s.url(), s.entries().size(), pageSize);
                paged(paging, page -> out.single("source", SOURCE, paging.url(page), DOWN,
                        () -> models.sourceInputs(s, paging, page),
                        () -> Map.of("source", models.source(s, paging, page))), tasks);
            }
        }
    }

    /** A task per page of {@code paging}, each writing its page with {@code write}. */
    private static void paged(ListPaging paging, java.util.function.IntFunction<SiteRenderer.Weights> write,
                              List<Callable<SiteRenderer.Weights>> tasks) {
        for (int page = 1; page <= paging.pages(); page++) {
            int p = page;
            tasks.add(() -> write.apply(p));
        }
    }
}
