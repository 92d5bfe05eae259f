package org.docedition.apparatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.GlossaryEntry;
import org.docedition.model.Mention;
import org.docedition.model.NameSpan;
import org.docedition.model.Paragraph;
import org.docedition.model.Person;
import org.docedition.model.Place;
import org.docedition.model.PersonNote;
import org.docedition.model.Problem;

/**
 * Builds the persons and places indexes: persons from the editors' authority file and the
 * biographical notes, places from the places file, then every document that names them, in every
 * text it has (title, author, text, notes, the original). Each document is read once and each word
 * costs one lookup, so the work is linear in the size of the edition.
 */
final class PersonIndexBuilder {

    /**
     * The indexes.
     *
     * @param persons        every person named at least once, by sort name
     * @param mentions       per document, the persons it names, in order of first mention
     * @param documents      per person id, the documents naming it, in edition order
     * @param places         every place named at least once, by sort name
     * @param placeMentions  per document, the places it names, in order of first mention
     * @param placeDocuments per place id, the documents naming it, in edition order
     * @param names          per document naming anyone or anything, where its texts do
     */
    record Result(List<Person> persons, Map<DocumentId, List<Mention>> mentions,
                  Map<String, List<DocumentId>> documents, List<Place> places,
                  Map<DocumentId, List<Mention>> placeMentions, Map<String, List<DocumentId>> placeDocuments,
                  Map<DocumentId, DocumentNames> names) {
    }

    /** A person while the index is being built. */
    private static final class Draft {
        final String id;
        final Person listed;
        final Set<String> variants = new LinkedHashSet<>();
        final List<PersonNote> notes = new ArrayList<>();
        final int listedLine;

        Draft(String id, Person listed, int listedLine) {
            this.id = id;
            this.listed = listed;
            this.listedLine = listedLine;
            variants.add(listed.name());
            variants.addAll(listed.variants());
            if (!listed.nameZh().isEmpty()) {
                variants.add(listed.nameZh());
            }
        }

        Person person() {
            return new Person(id, listed.name(), listed.sortName(), listed.nameRu(), listed.nameZh(), listed.born(),
                    listed.died(), listed.role(), List.copyOf(variants), listed.wikidata(), listed.viaf(),
                    listed.sources(), notes);
        }
    }

    /** One document's scan: what it names, where, and the warnings it gave. */
    private record Scanned(List<PersonNote> notes, List<Mention> persons, List<Mention> places,
                           DocumentNames names, List<Problem> problems) implements java.io.Serializable {
    }

    private PersonIndexBuilder() {
    }

    /**
     * The persons each document names, kept between the builds of one process ({@code edition
     * serve}): while the names to look for are the same, a document equal to one of the last build's
     * (with the same biographical notes) is not scanned again; its mentions and warnings are
     * replayed. The index built is the same as without it.
     */
    static final class MentionMemo implements java.io.Serializable {
        private volatile Object names;
        private volatile Map<Document, Scanned> last = Map.of();

        /** A reading for one build looking for {@code names}: remembered scans are used only if the last build looked for the same. */
        private Reading reading(Object names) {
            if (!names.equals(this.names)) {
                last = Map.of();
            }
            return new Reading(names);
        }

        private void keep(Reading reading) {
            names = reading.names;
            last = reading.scanned;
        }

        private final class Reading {
            final Object names;
            final Map<Document, Scanned> scanned = new HashMap<>();

            Reading(Object names) {
                this.names = names;
            }

            Scanned scanned(Document doc, List<PersonNote> notes, java.util.function.Supplier<Scanned> scan) {
                Scanned s = last.get(doc);
                if (s == null || !s.notes().equals(notes)) {
                    s = scan.get();
                }
                scanned.put(doc, s);
                return s;
            }
        }
    }

    static Result build(List<Document> documents, PersonsFile listed, List<Problem> problems) {
        return build(documents, listed, PlacesFile.none(), problems, null);
    }

    /** The indexes, using and refreshing {@code memo} (see {@link MentionMemo}) if not null. */
    static Result build(List<Document> documents, PersonsFile listed, PlacesFile placesFile, List<Problem> problems,
                        MentionMemo memo) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        NameIndex listedNames = new NameIndex();
        for (PersonsFile.Listed l : listed.persons()) {
            Draft d = new Draft(l.id(), l.person(), l.line());
            drafts.put(l.id(), d);
            d.variants.forEach(v -> listedNames.add(v, l.id()));
        }
        warnSharedVariants(listed.file(), listed.persons().stream()
                .map(l -> new Listing(l.line(), drafts.get(l.id()).variants)).toList(), listedNames, problems);

        NameIndex placeNames = new NameIndex();
        Map<String, PlacesFile.Listed> placesById = new LinkedHashMap<>();
        List<List<String>> placesLookedFor = new ArrayList<>();
        for (PlacesFile.Listed l : placesFile.places()) {
            List<String> forms = placeForms(l.place());
            forms.forEach(v -> placeNames.add(v, l.place().id()));
            placesById.put(l.place().id(), l);
            List<String> idAndForms = new ArrayList<>(forms);
            idAndForms.add(0, l.place().id());
            placesLookedFor.add(idAndForms);
        }
        warnSharedVariants(placesFile.file(), placesFile.places().stream()
                .map(l -> new Listing(l.line(), placeForms(l.place()))).toList(), placeNames, problems);

        // persons of the biographical notes, joined to the editors' list where it names them
        Map<List<String>, String> noteNames = new HashMap<>();
        Map<DocumentId, List<PersonNote>> notesByDocument = new HashMap<>();
        for (Document doc : documents) {
            for (Footnote f : doc.footnotes()) {
                Optional<PersonNote> read = BiographyNote.read(doc, f);
                if (read.isEmpty()) {
                    continue;
                }
                PersonNote note = read.get();
                String id = personOf(note, doc, listedNames, noteNames, drafts, problems);
                drafts.get(id).notes.add(note);
                notesByDocument.computeIfAbsent(doc.id(), k -> new ArrayList<>()).add(note);
            }
        }

        NameIndex names = new NameIndex();
        List<List<String>> namesLookedFor = new ArrayList<>();
        for (Draft d : drafts.values()) {
            d.variants.forEach(v -> names.add(v, d.id));
            List<String> idAndVariants = new ArrayList<>(d.variants);
            idAndVariants.add(0, d.id);
            namesLookedFor.add(idAndVariants);
        }
        // what a document's scan depends on besides the document and its notes
        MentionMemo.Reading reading = memo == null ? null
                : memo.reading(List.of(namesLookedFor, noteNames, placesLookedFor));
        Map<DocumentId, List<Mention>> mentions = new HashMap<>();
        Map<String, List<DocumentId>> byPerson = new HashMap<>();
        Map<DocumentId, List<Mention>> placeMentions = new HashMap<>();
        Map<String, List<DocumentId>> byPlace = new HashMap<>();
        Map<DocumentId, DocumentNames> spans = new HashMap<>();
        for (Document doc : documents) {
            List<PersonNote> notes = notesByDocument.getOrDefault(doc.id(), List.of());
            java.util.function.Supplier<Scanned> scan = () -> scan(doc, names, placeNames, noteNames, notes);
            Scanned s = reading == null ? scan.get() : reading.scanned(doc, notes, scan);
            problems.addAll(s.problems());
            if (!s.persons().isEmpty()) {
                mentions.put(doc.id(), s.persons());
                s.persons().forEach(m -> byPerson.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(doc.id()));
            }
            if (!s.places().isEmpty()) {
                placeMentions.put(doc.id(), s.places());
                s.places().forEach(m -> byPlace.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(doc.id()));
            }
            if (!s.names().isEmpty()) {
                spans.put(doc.id(), s.names());
            }
        }

        if (reading != null) {
            memo.keep(reading);
        }
        List<Person> persons = new ArrayList<>();
        for (Draft d : drafts.values()) {
            if (!byPerson.containsKey(d.id)) {
                problems.add(Problem.warning(listed.file(), d.listedLine, "'" + d.listed.name()
                        + "' is named in no document: no page is made for this person"));
                continue;
            }
            persons.add(d.person());
        }
        persons.sort(Comparator.comparing((Person p) -> p.sortKey().toLowerCase(Locale.ROOT)).thenComparing(Person::id));
        List<Place> places = new ArrayList<>();
        for (PlacesFile.Listed l : placesById.values()) {
            if (!byPlace.containsKey(l.place().id())) {
                problems.add(Problem.warning(placesFile.file(), l.line(), "'" + l.place().name()
                        + "' is named in no document: no page is made for this place"));
                continue;
            }
            places.add(l.place());
        }
        places.sort(Comparator.comparing((Place p) -> p.sortKey().toLowerCase(Locale.ROOT)).thenComparing(Place::id));
        return new Result(persons, mentions, byPerson, places, placeMentions, byPlace, spans);
    }

    /** Every form a place is found in: its name, variants, Chinese and today's name. */
    private static List<String> placeForms(Place p) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(p.name());
        forms.addAll(p.variants());
        if (!p.nameZh().isEmpty()) {
            forms.add(p.nameZh());
        }
        return new ArrayList<>(forms);
    }

    /** The id of the person {@code note} describes: a listed person, an earlier note's, or a new one. */
    private static String personOf(PersonNote note, Document doc, NameIndex listedNames,
                                   Map<List<String>, String> noteNames, Map<String, Draft> drafts,
                                   List<Problem> problems) {
        List<String> keys = NameTokens.keys(note.nameAsPrinted());
        String known = noteNames.get(keys);
        if (known != null) {
            return known;
        }
        Set<String> listed = listedNames.written(note.nameAsPrinted());
        String id;
        if (listed.size() == 1) {
            id = listed.iterator().next();
        } else {
            if (listed.size() > 1) {
                problems.add(Problem.warning(doc.location().file(), note.line(), "the note's name '"
                        + note.nameAsPrinted() + "' is listed for " + String.join(" and ", listed)
                        + " in " + PersonsFile.NAME + ": kept as a person of its own"));
            }
            id = freeId(slug(note.nameAsPrinted(), doc, note), drafts.keySet());
            drafts.put(id, new Draft(id, new Person(id, note.nameAsPrinted(), List.of(), List.of()), 0));
        }
        drafts.get(id).variants.add(note.nameAsPrinted());
        noteNames.put(keys, id);
        return id;
    }

    /** Scans every text of {@code doc} for persons and places. */
    private static Scanned scan(Document doc, NameIndex persons, NameIndex places,
                                Map<List<String>, String> noteNames, List<PersonNote> notes) {
        DocumentScan scan = new DocumentScan(doc, persons, places);
        List<NameSpan> title = scan.text(doc.title(), doc.location().firstLine());
        if (!doc.author().isBlank()) {
            scan.text(doc.author(), doc.location().firstLine());
        }
        List<List<NameSpan>> paragraphs = new ArrayList<>(doc.paragraphs().size());
        for (Paragraph p : doc.paragraphs()) {
            paragraphs.add(scan.text(p.text(), p.line()));
        }
        List<List<NameSpan>> footnotes = new ArrayList<>(doc.footnotes().size());
        for (Footnote f : doc.footnotes()) {
            footnotes.add(scan.text(f.text(), f.line()));
        }
        // the glossary ("Named Entities": 陈毅 → Chen Yi): an entry whose rendering or original the
        // authority knows names that person or place, and teaches this document's original the other form
        List<String> glossary = new ArrayList<>(doc.glossary().size());
        for (GlossaryEntry g : doc.glossary()) {
            int line = g.where().firstLine();
            NameSpan known = scan.whole(g.rendering(), line);
            if (known == null) {
                known = scan.whole(g.original(), line);
            }
            glossary.add(known == null ? "" : known.url());
            if (known != null && NameTokens.hasHan(g.original())) {
                scan.local.put(g.original().strip(), known);
            }
        }
        List<NameSpan> originalTitle = List.of();
        List<List<NameSpan>> original = new ArrayList<>();
        if (doc.original().isPresent()) {
            originalTitle = scan.text(doc.original().get().title(), doc.location().firstLine());
            for (Paragraph p : doc.original().get().paragraphs()) {
                original.add(scan.text(p.text(), p.line()));
            }
        }
        // the person a note describes stands in the document, however the text declines the name
        for (PersonNote n : notes) {
            String id = noteNames.get(NameTokens.keys(n.nameAsPrinted()));
            if (id != null && !scan.persons.containsKey(id)) {
                scan.persons.put(id, new Mention(id, doc.id(), n.nameAsPrinted(), n.line(), 1, n.nameAsPrinted()));
            }
        }
        return new Scanned(notes, List.copyOf(scan.persons.values()), List.copyOf(scan.places.values()),
                new DocumentNames(title, paragraphs, footnotes, originalTitle, original, glossary),
                List.copyOf(scan.problems));
    }

    /** One document being scanned: the first mention of each person and place, and the warnings. */
    private static final class DocumentScan {
        final Document doc;
        final NameIndex personNames;
        final NameIndex placeNames;
        final Map<String, Mention> persons = new LinkedHashMap<>();
        final Map<String, Mention> places = new LinkedHashMap<>();
        final Set<String> reported = new HashSet<>();
        final List<Problem> problems = new ArrayList<>();

        DocumentScan(Document doc, NameIndex personNames, NameIndex placeNames) {
            this.doc = doc;
            this.personNames = personNames;
            this.placeNames = placeNames;
        }

        /** Chinese forms this document's glossary gives for known persons and places. */
        final Map<String, NameSpan> local = new HashMap<>();

        /** The person or place {@code form} names as a whole (a glossary's entry), or null; counted as a mention. */
        NameSpan whole(String form, int line) {
            String f = form.strip();
            if (f.isEmpty()) {
                return null;
            }
            for (NameSpan s : text(f, line)) {
                if (s.start() == 0 && s.end() == f.length()) {
                    return s;
                }
            }
            return null;
        }

        /** The names in {@code text}, on seed line {@code line}: persons first where a place's name overlaps. */
        List<NameSpan> text(String text, int line) {
            List<NameSpan> spans = new ArrayList<>();
            spans(text, line, personNames, false, spans, List.of());
            spans(text, line, placeNames, true, spans, List.copyOf(spans));
            if (!local.isEmpty() && NameTokens.hasHan(text)) {
                glossaryForms(text, line, spans);
            }
            spans.sort(Comparator.comparingInt(NameSpan::start));
            return spans;
        }

        private void spans(String text, int line, NameIndex index, boolean place, List<NameSpan> spans,
                          List<NameSpan> taken) {
            for (NameIndex.Found f : index.find(text)) {
                if (taken.stream().anyMatch(t -> t.start() < f.end() && f.start() < t.end())) {
                    continue;
                }
                String printed = text.substring(f.start(), f.end());
                if (f.ambiguous()) {
                    if (reported.add(line + "|" + printed)) {
                        problems.add(Problem.warning(doc.location().file(), line, "'" + printed + "' may name "
                                + String.join(" or ", f.persons()) + ": not linked; tell them apart in "
                                + (place ? PlacesFile.NAME : PersonsFile.NAME)));
                    }
                    continue;
                }
                String id = f.persons().iterator().next();
                spans.add(new NameSpan(f.start(), f.end(), id, place));
                (place ? places : persons).merge(id, new Mention(id, doc.id(), printed, line, 1,
                        Sentences.around(text, f.start(), f.end())), (a, b) -> a.again());
            }
        }
        /** The glossary's Chinese forms in {@code text}, where no other name stands. */
        private void glossaryForms(String text, int line, List<NameSpan> spans) {
            ChineseNames forms = new ChineseNames();
            local.forEach((form, span) -> forms.add(form, span.url()));
            for (NameIndex.Found f : forms.find(text)) {
                if (spans.stream().anyMatch(t -> t.start() < f.end() && f.start() < t.end())) {
                    continue;
                }
                NameSpan known = local.get(text.substring(f.start(), f.end()));
                spans.add(new NameSpan(f.start(), f.end(), known.id(), known.place()));
                (known.place() ? places : persons).merge(known.id(), new Mention(known.id(), doc.id(),
                        text.substring(f.start(), f.end()), line, 1, Sentences.around(text, f.start(), f.end())),
                        (a, b) -> a.again());
            }
        }
    }

    /** A row of an authority file: its line and every form it gives. */
    private record Listing(int line, java.util.Collection<String> forms) {
    }

    private static void warnSharedVariants(String file, List<Listing> listings, NameIndex listedNames,
                                           List<Problem> problems) {
        for (Listing l : listings) {
            for (String v : l.forms()) {
                Set<String> who = listedNames.written(v);
                if (who.size() > 1) {
                    problems.add(Problem.warning(file, l.line(), "'" + v + "' is a name of "
                            + String.join(" and ", who) + ": such mentions are reported, not linked"));
                }
            }
        }
    }

    /** A slug of the name's ASCII letters and digits; a name without any gets one from its note. */
    static String slug(String name, Document doc, PersonNote note) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            return "person-" + doc.id().value() + "-" + note.ordinal();
        }
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-+$", "") : s;
    }

    private static String freeId(String wanted, Set<String> taken) {
        String id = wanted;
        for (int k = 2; taken.contains(id); k++) {
            id = wanted + "-" + k;
        }
        return id;
    }
}
