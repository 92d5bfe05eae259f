package org.docedition.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docedition.apparatus.Apparatus;
import org.docedition.apparatus.DocumentNames;
import org.docedition.link.Edition;
import org.docedition.model.CitationParts;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Mention;
import org.docedition.model.NameSpan;
import org.docedition.model.Person;
import org.docedition.model.Place;
import org.docedition.model.PersonNote;

/**
 * The template models of the apparatus: the parts of a document page that show persons, the
 * citation in parts, the same archive file and related documents, and the persons, archive and
 * source pages. Every lookup goes through maps built once, so a page costs the same however large
 * the edition is.
 */
final class ApparatusPageModels {

    private final Edition edition;
    private final Apparatus apparatus;
    private final Map<String, Person> persons;
    private final Map<String, Place> places;
    private final NameLinker linker;
    private final Map<String, Apparatus.Holding> holdings = new HashMap<>();
    private final Map<String, Apparatus.Fond> fonds = new HashMap<>();
    /**
     * Counts over a whole list that each of its pages shows, by the list's first page: worked out
     * once per list rather than once per page (the pages render in parallel).
     */
    private final Map<String, Long> wholeListCounts = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each document's first mention of each person, and of each place, made on first use (see {@link #namingDocuments}). */
    private final Map<DocumentId, Map<String, Mention>> personFirsts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<DocumentId, Map<String, Mention>> placeFirsts = new java.util.concurrent.ConcurrentHashMap<>();

    ApparatusPageModels(Edition edition, Apparatus apparatus) {
        this.edition = edition;
        this.apparatus = apparatus;
        this.persons = apparatus.personsById();
        this.places = apparatus.placesById();
        this.linker = new NameLinker(persons, places, DocumentPageModel.ROOT);
        for (Apparatus.Holding h : apparatus.holdings()) {
            holdings.put(h.name(), h);
            for (Apparatus.Fond f : h.fonds()) {
                fonds.put(h.name() + "|" + f.fond(), f);
            }
        }
    }

    /**
     * The persons and places {@code d} names, for its JSON-LD {@code mentions}: type, name, path,
     * sameAs (Wikidata, VIAF, GeoNames addresses).
     */
    List<Map<String, Object>> mentioned(Document d) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Mention mention : apparatus.mentions().getOrDefault(d.id(), List.of())) {
            Person p = persons.get(mention.personId());
            if (p != null) {
                out.add(Map.of("type", "Person", "name", p.name(), "path", p.url(),
                        "sameAs", nonEmpty(p.wikidataUrl(), p.viafUrl())));
            }
        }
        for (Mention mention : apparatus.placeMentions().getOrDefault(d.id(), List.of())) {
            Place p = places.get(mention.personId());
            if (p != null) {
                out.add(Map.of("type", "Place", "name", p.name(), "path", p.url(),
                        "sameAs", nonEmpty(p.wikidataUrl(), p.geonamesUrl())));
            }
        }
        return out;
    }

    private static List<String> nonEmpty(String... values) {
        return java.util.Arrays.stream(values).filter(v -> !v.isEmpty()).toList();
    }

    /** Links the names of a document page's texts. */
    NameLinker linker() {
        return linker;
    }

    /** Where {@code d}'s texts name persons and places, or null. */
    DocumentNames names(Document d) {
        return apparatus.names().get(d.id());
    }

    /**
     * What a document page shows of the apparatus. Keys: persons, places, citation, sameFile (the nearest
     * documents of its file), sameFileMore (how many more the file holds), sameFileLabel, related.
     */
    Map<String, Object> forDocument(Document d) {
        Map<String, Object> m = new HashMap<>(8);
        List<Map<String, Object>> named = new ArrayList<>();
        for (Mention mention : apparatus.mentions().getOrDefault(d.id(), List.of())) {
            Person p = persons.get(mention.personId());
            if (p != null) {
                named.add(Map.of("name", p.name(), "url", p.url(), "count", mention.count()));
            }
        }
        m.put("persons", named);
        List<Map<String, Object>> placesNamed = new ArrayList<>();
        for (Mention mention : apparatus.placeMentions().getOrDefault(d.id(), List.of())) {
            Place p = places.get(mention.personId());
            if (p != null) {
                placesNamed.add(Map.of("name", p.name(), "url", p.url(), "count", mention.count()));
            }
        }
        m.put("places", placesNamed);
        CitationParts parts = apparatus.citations().get(d.id());
        m.put("citation", parts == null ? null : citation(parts));
        Apparatus.FileMates mates = apparatus.sameFile().get(d.id());
        List<DocumentId> nearest = mates == null ? List.of() : mates.nearest();
        m.put("sameFile", summaries(nearest));
        m.put("sameFileMore", mates == null ? 0 : mates.others() - nearest.size());
        m.put("sameFileLabel", parts != null && parts.type() == CitationParts.Type.NEWSPAPER
                ? "In the same newspaper issue" : "From the same archive file");
        List<Map<String, Object>> related = summaries(apparatus.related().getOrDefault(d.id(), List.of()));
        List<String> why = apparatus.relatedWhy().getOrDefault(d.id(), List.of());
        for (int i = 0; i < related.size() && i < why.size(); i++) {
            related.get(i).put("why", why.get(i));
        }
        m.put("related", related);
        return m;
    }

    /**
     * What {@link #forDocument} reads for {@code d} (see {@link org.docedition.files.Memo}):
     * its mentions and the names and addresses of the persons they name, its citation in parts with
     * the addresses of its archive and fond, its file mates and related documents with those
     * documents.
     */
    List<Object> forDocumentInputs(Document d) {
        List<Object> in = new ArrayList<>(16);
        List<Mention> mentions = apparatus.mentions().getOrDefault(d.id(), List.of());
        in.add(mentions);
        for (Mention mention : mentions) {
            // the whole record: the page shows the name, the JSON-LD its identifiers
            in.add(persons.get(mention.personId()));
        }
        List<Mention> placeMentions = apparatus.placeMentions().getOrDefault(d.id(), List.of());
        in.add(placeMentions);
        DocumentNames names = apparatus.names().get(d.id());
        in.add(names);
        if (names != null) {
            // the links' titles are the names of every person and place the texts name
            java.util.Set<String> named = new java.util.TreeSet<>();
            for (List<NameSpan> spans : java.util.stream.Stream.of(List.of(names.title()), names.paragraphs(),
                    names.footnotes(), names.original()).flatMap(List::stream).toList()) {
                spans.forEach(n -> named.add(n.url()));
            }
            for (String url : named) {
                in.add(url);
                in.add(nameAt(url));
            }
        }
        for (Mention mention : placeMentions) {
            in.add(places.get(mention.personId()));
        }
        CitationParts parts = apparatus.citations().get(d.id());
        in.add(citationInputs(parts));
        Apparatus.FileMates mates = apparatus.sameFile().get(d.id());
        in.add(mates);
        if (mates != null) {
            in.add(edition.findAll(mates.nearest()));
        }
        List<DocumentId> related = apparatus.related().getOrDefault(d.id(), List.of());
        in.add(related);
        in.add(edition.findAll(related));
        in.add(apparatus.relatedWhy().getOrDefault(d.id(), List.of()));
        return in;
    }

    /** The name of the person or place whose page is {@code url}. */
    private String nameAt(String url) {
        String id = url.substring(url.indexOf('/') + 1, url.length() - ".html".length());
        if (url.startsWith("places/")) {
            Place p = places.get(id);
            return p == null ? null : p.name();
        }
        Person p = persons.get(id);
        return p == null ? null : p.name();
    }

    /** What {@link #citation} reads: the parts, and the addresses of their archive and fond. */
    private List<Object> citationInputs(CitationParts c) {
        if (c == null) {
            return null;
        }
        Apparatus.Holding h = holdings.get(c.holder());
        Apparatus.Fond f = fonds.get(c.holder() + "|" + c.fond());
        return Arrays.asList(c, h == null ? "" : h.url(), f == null ? "" : f.url());
    }

    private Map<String, Object> citation(CitationParts c) {
        Map<String, Object> m = new HashMap<>(12);
        m.put("type", c.type().name().toLowerCase(java.util.Locale.ROOT));
        m.put("holder", c.holder());
        m.put("printedAs", c.printedAs().equals(c.holder()) ? "" : c.printedAs());
        Apparatus.Holding h = holdings.get(c.holder());
        m.put("holderUrl", h == null ? "" : h.url());
        Apparatus.Fond f = fonds.get(c.holder() + "|" + c.fond());
        m.put("fondUrl", f == null ? "" : f.url());
        m.put("fond", c.fond());
        List<Map<String, Object>> shelf = new ArrayList<>();
        add(shelf, "opis", c.opis());
        add(shelf, "papka", c.papka());
        add(shelf, "delo", c.delo());
        add(shelf, "list", c.sheets());
        m.put("shelf", shelf);
        m.put("issue", c.issue().map(i -> i.label()).orElse(""));
        m.put("issueIso", c.issue().map(i -> i.iso()).orElse(""));
        m.put("rest", c.rest());
        return m;
    }

    private static void add(List<Map<String, Object>> shelf, String label, String value) {
        if (!value.isEmpty()) {
            shelf.add(Map.of("label", label, "value", value));
        }
    }

    /** persons.html. Keys: persons (name, url, count, biography). */
    Map<String, Object> personsIndex() {
        List<Map<String, Object>> list = new ArrayList<>(apparatus.persons().size());
        int noted = 0;
        for (Person p : apparatus.persons()) {
            Map<String, Object> m = new HashMap<>(6);
            m.put("name", p.name());
            m.put("url", p.url());
            m.put("dates", lifeDates(p));
            m.put("role", p.role());
            m.put("count", apparatus.personDocuments().getOrDefault(p.id(), List.of()).size());
            m.put("biography", p.notes().isEmpty() ? "" : p.notes().get(0).biography());
            noted += p.notes().isEmpty() ? 0 : 1;
            list.add(m);
        }
        return Map.of("persons", list, "withBiography", noted);
    }

    /**
     * A summary of each of {@code shown}, with the form and the sentence of its first mention of
     * the entry {@code id} (keys asPrinted, sentence): one loop for person and place pages.
     */
    private List<Map<String, Object>> namingDocuments(List<DocumentId> shown, Map<DocumentId, List<Mention>> mentions,
                                                      Map<DocumentId, Map<String, Mention>> firsts, String id) {
        List<Map<String, Object>> docs = new ArrayList<>(shown.size());
        for (DocumentId doc : shown) {
            edition.find(doc).ifPresent(d -> {
                Map<String, Object> s = summary(d);
                Mention x = firsts.computeIfAbsent(doc, k -> firstMentions(mentions.getOrDefault(k, List.of()))).get(id);
                if (x != null) {
                    s.put("asPrinted", x.asPrinted());
                    s.put("sentence", x.sentence());
                }
                docs.add(s);
            });
        }
        return docs;
    }

    /**
     * Each entry's first mention in a document's {@code mentions}: worked out once per document,
     * not once per entry it names (a document naming many persons was read through for each).
     */
    private static Map<String, Mention> firstMentions(List<Mention> mentions) {
        Map<String, Mention> first = new HashMap<>(mentions.size() * 2);
        for (Mention x : mentions) {
            first.putIfAbsent(x.personId(), x);
        }
        return first;
    }

    /** The documents naming {@code p}, in edition order. */
    List<DocumentId> documentsOf(Person p) {
        return apparatus.personDocuments().getOrDefault(p.id(), List.of());
    }

    /**
     * Page {@code page} of persons/<id>.html, as {@code paging} splits the documents naming {@code p}.
     * Keys: id, name, variants, notes (on the first page), documents (this page's), count (all),
     * sourceCount, paging.
     */
    Map<String, Object> person(Person p, ListPaging paging, int page) {
        Map<String, Object> m = new HashMap<>(12);
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("variants", p.variants().stream().filter(v -> !v.equals(p.name()) && !v.equals(p.nameZh())).toList());
        m.put("nameRu", p.nameRu());
        m.put("nameZh", p.nameZh());
        m.put("born", p.born());
        m.put("died", p.died());
        m.put("dates", lifeDates(p));
        m.put("role", p.role());
        m.put("wikidata", p.wikidata());
        m.put("wikidataUrl", p.wikidataUrl());
        m.put("viaf", p.viaf());
        m.put("viafUrl", p.viafUrl());
        m.put("sources", sourceLinks(p.sources()));
        List<Map<String, Object>> notes = new ArrayList<>();
        for (PersonNote n : page == 1 ? p.notes() : List.<PersonNote>of()) {
            Optional<Document> d = edition.find(n.document());
            if (d.isEmpty()) {
                continue;
            }
            Map<String, Object> note = new HashMap<>(8);
            note.put("biography", n.biography());
            note.put("nameAsPrinted", n.nameAsPrinted());
            note.put("ordinal", n.ordinal());
            note.put("document", summary(d.get()));
            notes.add(note);
        }
        m.put("notes", notes);
        m.put("notesOnFirstPage", page > 1 && !p.notes().isEmpty());
        List<DocumentId> all = documentsOf(p);
        m.put("documents", namingDocuments(paging.of(all, page), apparatus.mentions(), personFirsts, p.id()));
        m.put("count", all.size());
        m.put("sourceCount", wholeListCounts.computeIfAbsent(p.url(), k -> {
            java.util.Set<String> sources = new java.util.HashSet<>();
            for (DocumentId id : all) {
                edition.find(id).ifPresent(x -> sources.add(x.source().id()));
            }
            return (long) sources.size();
        }));
        m.put("paging", paging.model(page));
        return m;
    }

    /**
     * What {@link #person} reads for that page: the person, the paging, the documents of its
     * notes, all the documents naming it (the page counts their sources) and the mentions of
     * this page's documents.
     */
    List<Object> personInputs(Person p, ListPaging paging, int page) {
        List<Object> in = new ArrayList<>(8);
        in.add(p);
        in.add(paging);
        in.add(page);
        if (page == 1) {
            List<DocumentId> noted = new ArrayList<>();
            p.notes().forEach(n -> noted.add(n.document()));
            in.add(edition.findAll(noted));
        }
        List<DocumentId> all = documentsOf(p);
        in.add(all);
        in.add(edition.findAll(all));
        List<Object> mentions = new ArrayList<>();
        for (DocumentId id : paging.of(all, page)) {
            mentions.add(apparatus.mentions().get(id));
        }
        in.add(mentions);
        return in;
    }

    /** "1894–1971", "born 1894", "died 1971", or empty: the life dates a reference gave. */
    static String lifeDates(Person p) {
        if (!p.born().isEmpty() && !p.died().isEmpty()) {
            return p.born() + "\u2013" + p.died();
        }
        if (!p.born().isEmpty()) {
            return "born " + p.born();
        }
        return p.died().isEmpty() ? "" : "died " + p.died();
    }

    /** Each source as text, with its address when it is one. Keys: text, url. */
    private static List<Map<String, Object>> sourceLinks(List<String> sources) {
        List<Map<String, Object>> list = new ArrayList<>(sources.size());
        for (String s : sources) {
            boolean web = s.startsWith("https://") || s.startsWith("http://");
            // "https://... (what it says)": the address is the first word, the rest a note
            list.add(Map.of("text", s, "url", web ? s.split("\\s", 2)[0] : ""));
        }
        return list;
    }

    /** places.html. Keys: places (name, url, count, kind, currentName, description). */
    Map<String, Object> placesIndex() {
        List<Map<String, Object>> list = new ArrayList<>(apparatus.places().size());
        for (Place p : apparatus.places()) {
            Map<String, Object> m = new HashMap<>(8);
            m.put("name", p.name());
            m.put("url", p.url());
            m.put("kind", p.kind());
            m.put("currentName", p.currentName());
            m.put("description", p.description());
            m.put("count", documentsOf(p).size());
            list.add(m);
        }
        return Map.of("places", list);
    }

    /** The documents naming {@code p}, in edition order. */
    List<DocumentId> documentsOf(Place p) {
        return apparatus.placeDocuments().getOrDefault(p.id(), List.of());
    }

    /**
     * Page {@code page} of places/<id>.html. Keys: id, name, nameRu, nameZh, currentName, kind,
     * description, variants, latitude, longitude, wikidataUrl, geonamesUrl, sources, documents (this
     * page's, with asPrinted and sentence), count, paging.
     */
    Map<String, Object> place(Place p, ListPaging paging, int page) {
        Map<String, Object> m = new HashMap<>(20);
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("nameRu", p.nameRu());
        m.put("nameZh", p.nameZh());
        m.put("currentName", p.currentName());
        m.put("kind", p.kind());
        m.put("description", p.description());
        m.put("variants", p.variants().stream().filter(v -> !v.equals(p.nameZh()) && !v.equals(p.currentName())).toList());
        m.put("latitude", p.latitude());
        m.put("longitude", p.longitude());
        m.put("wikidata", p.wikidata());
        m.put("wikidataUrl", p.wikidataUrl());
        m.put("geonames", p.geonames());
        m.put("geonamesUrl", p.geonamesUrl());
        m.put("sources", sourceLinks(p.sources()));
        List<DocumentId> all = documentsOf(p);
        m.put("documents", namingDocuments(paging.of(all, page), apparatus.placeMentions(), placeFirsts, p.id()));
        m.put("count", all.size());
        m.put("paging", paging.model(page));
        return m;
    }

    /** What {@link #place} reads for that page: the place, the paging, this page's documents and their mentions. */
    List<Object> placeInputs(Place p, ListPaging paging, int page) {
        List<DocumentId> shown = paging.of(documentsOf(p), page);
        List<Object> mentions = new ArrayList<>();
        for (DocumentId id : shown) {
            mentions.add(apparatus.placeMentions().get(id));
        }
        return Arrays.asList(p, paging, page, documentsOf(p).size(), edition.findAll(shown), mentions);
    }

    /** archives.html. Keys: archives, newspapers (each name, fullName, url, count, fonds). */
    Map<String, Object> archivesIndex() {
        List<Map<String, Object>> archives = new ArrayList<>();
        List<Map<String, Object>> newspapers = new ArrayList<>();
        for (Apparatus.Holding h : apparatus.holdings()) {
            (h.type() == CitationParts.Type.NEWSPAPER ? newspapers : archives).add(holdingSummary(h));
        }
        return Map.of("archives", archives, "newspapers", newspapers);
    }

    private Map<String, Object> holdingSummary(Apparatus.Holding h) {
        Map<String, Object> m = new HashMap<>(8);
        m.put("name", h.name());
        m.put("fullName", h.fullName());
        m.put("url", h.url());
        m.put("count", h.documents().size());
        m.put("newspaper", h.type() == CitationParts.Type.NEWSPAPER);
        List<Map<String, Object>> fondList = new ArrayList<>();
        for (Apparatus.Fond f : h.fonds()) {
            fondList.add(Map.of("fond", f.fond(), "url", f.url(), "count", f.documents().size()));
        }
        m.put("fonds", fondList);
        return m;
    }

    /** Page {@code page} of archives/<id>.html for an archive or newspaper. Keys: holding, documents (with citation), count, paging. */
    Map<String, Object> holding(Apparatus.Holding h, ListPaging paging, int page) {
        Map<String, Object> m = holdingSummary(h);
        m.put("documents", cited(paging.of(h.documents(), page)));
        m.put("paging", paging.model(page));
        m.put("isFond", false);
        return m;
    }

    /** Page {@code page} of archives/<id>.html for a fond. Keys as {@link #holding}, plus fond and holdingUrl. */
    Map<String, Object> fond(Apparatus.Holding h, Apparatus.Fond f, ListPaging paging, int page) {
        Map<String, Object> m = holdingSummary(h);
        m.put("holdingUrl", h.url());
        m.put("fond", f.fond());
        m.put("count", f.documents().size());
        m.put("documents", cited(paging.of(f.documents(), page)));
        m.put("paging", paging.model(page));
        m.put("isFond", true);
        return m;
    }

    /** What {@link #holding} reads for that page: the holding (with its fonds), the paging, and this page's documents with their citations. */
    List<Object> holdingInputs(Apparatus.Holding h, ListPaging paging, int page) {
        return Arrays.asList(h, paging, page, citedInputs(paging.of(h.documents(), page)));
    }

    /** What {@link #fond} reads for that page: as {@link #holdingInputs}, and the fond. */
    List<Object> fondInputs(Apparatus.Holding h, Apparatus.Fond f, ListPaging paging, int page) {
        return Arrays.asList(h, f, paging, page, citedInputs(paging.of(f.documents(), page)));
    }

    private List<Object> citedInputs(List<DocumentId> ids) {
        List<Object> in = new ArrayList<>(ids.size() * 2);
        for (DocumentId id : ids) {
            in.add(edition.find(id));
            in.add(citationInputs(apparatus.citations().get(id)));
        }
        return in;
    }

    private List<Map<String, Object>> cited(List<DocumentId> ids) {
        List<Map<String, Object>> docs = new ArrayList<>(ids.size());
        for (DocumentId id : ids) {
            edition.find(id).ifPresent(d -> {
                Map<String, Object> s = summary(d);
                CitationParts c = apparatus.citations().get(id);
                s.put("citation", c == null ? null : citation(c));
                s.put("cited", d.archive().map(a -> a.text()).orElse(""));
                docs.add(s);
            });
        }
        return docs;
    }

    /**
     * Page {@code page} of sources/<id>.html, as {@code paging} splits the source's entries; the
     * entries without a number come on the last page. Keys: title, kind, entries (number, doc or
     * null), numbered, unnumbered, count, missing, paging.
     */
    Map<String, Object> source(Apparatus.SourceListing s, ListPaging paging, int page) {
        Map<String, Object> m = new HashMap<>(12);
        m.put("id", s.source().id());
        m.put("title", s.source().title());
        m.put("kind", s.source().kind().label());
        List<Map<String, Object>> entries = new ArrayList<>(paging.to(page) - paging.from(page));
        for (Apparatus.Entry e : paging.of(s.entries(), page)) {
            Map<String, Object> entry = new HashMap<>(4);
            entry.put("number", e.number());
            e.document().flatMap(edition::find).ifPresent(d -> entry.put("doc", summary(d)));
            entries.add(entry);
        }
        long inEdition = wholeListCounts.computeIfAbsent(s.url(), k -> s.entries().stream()
                .filter(e -> e.document().flatMap(edition::find).isPresent()).count());
        m.put("entries", entries);
        m.put("numbered", s.entries().stream().anyMatch(e -> !e.number().isEmpty()));
        m.put("unnumbered", page == paging.pages() ? summaries(s.unnumbered()) : List.of());
        m.put("count", inEdition + s.unnumbered().size());
        m.put("missing", s.missing());
        m.put("paging", paging.model(page));
        return m;
    }

    /**
     * What {@link #source} reads for that page: the listing, the paging, every entry's document
     * (the page counts those in the edition) and, on the last page, the unnumbered documents.
     */
    List<Object> sourceInputs(Apparatus.SourceListing s, ListPaging paging, int page) {
        List<Optional<Document>> entries = new ArrayList<>(s.entries().size());
        for (Apparatus.Entry e : s.entries()) {
            entries.add(e.document().flatMap(edition::find));
        }
        return Arrays.asList(s, paging, page, entries,
                page == paging.pages() ? edition.findAll(s.unnumbered()) : List.of());
    }

    private List<Map<String, Object>> summaries(List<DocumentId> ids) {
        List<Map<String, Object>> list = new ArrayList<>(ids.size());
        ids.forEach(id -> edition.find(id).map(this::summary).ifPresent(list::add));
        return list;
    }

    /** A document's list entry with its source. */
    private Map<String, Object> summary(Document d) {
        Map<String, Object> s = DocumentSummary.of(d);
        s.put("source", d.source().title());
        s.put("sourceId", d.source().id());
        return s;
    }
}
