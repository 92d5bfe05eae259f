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
import org.docedition.model.Mention;
import org.docedition.model.Paragraph;
import org.docedition.model.Person;
import org.docedition.model.PersonNote;
import org.docedition.model.Problem;

/**
 * Builds the persons index: persons from the biographical notes and the editors' list, then every
 * document that names them. Each document is read once and each word costs one lookup, so the
 * work is linear in the size of the edition.
 */
final class PersonIndexBuilder {

    /**
     * The index.
     *
     * @param persons    every person named at least once, by name
     * @param mentions   per document, the persons it names, in order of first mention
     * @param documents  per person id, the documents naming it, in edition order
     */
    record Result(List<Person> persons, Map<DocumentId, List<Mention>> mentions,
                  Map<String, List<DocumentId>> documents) {
    }

    /** A person while the index is being built. */
    private static final class Draft {
        final String id;
        String name;
        final Set<String> variants = new LinkedHashSet<>();
        final List<PersonNote> notes = new ArrayList<>();
        final int listedLine;

        Draft(String id, String name, int listedLine) {
            this.id = id;
            this.name = name;
            this.listedLine = listedLine;
            variants.add(name);
        }
    }

    private PersonIndexBuilder() {
    }

    /**
     * The persons each document names, kept between the builds of one process ({@code edition
     * serve}): while the names to look for are the same, a document equal to one of the last build's
     * (with the same biographical notes) is not scanned again; its mentions and warnings are
     * replayed. The index built is the same as without it.
     */
    static final class Memory {
        private volatile Object names;
        private volatile Map<Document, Scanned> last = Map.of();

        /** One document's scan: the notes it was scanned with, what it found and the warnings it gave. */
        private record Scanned(List<PersonNote> notes, List<Mention> mentions, List<Problem> problems) {
        }

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

            List<Mention> mentionsIn(Document doc, List<PersonNote> notes, List<Problem> problems,
                                     java.util.function.Function<List<Problem>, List<Mention>> scan) {
                Scanned s = last.get(doc);
                if (s == null || !s.notes().equals(notes)) {
                    List<Problem> own = new ArrayList<>();
                    s = new Scanned(notes, scan.apply(own), List.copyOf(own));
                }
                scanned.put(doc, s);
                problems.addAll(s.problems());
                return s.mentions();
            }
        }
    }

    static Result build(List<Document> documents, PersonsFile listed, List<Problem> problems) {
        return build(documents, listed, problems, null);
    }

    /** The index, using and refreshing {@code memory} (see {@link Memory}) if not null. */
    static Result build(List<Document> documents, PersonsFile listed, List<Problem> problems, Memory memory) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        NameIndex listedNames = new NameIndex();
        for (PersonsFile.Listed l : listed.persons()) {
            Draft d = new Draft(l.id(), l.name(), l.line());
            d.variants.addAll(l.variants());
            drafts.put(l.id(), d);
            d.variants.forEach(v -> listedNames.add(v, l.id()));
        }
        warnSharedVariants(listed, listedNames, problems);

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
        Memory.Reading reading = memory == null ? null : memory.reading(List.of(namesLookedFor, noteNames));
        Map<DocumentId, List<Mention>> mentions = new HashMap<>();
        Map<String, List<DocumentId>> byPerson = new HashMap<>();
        for (Document doc : documents) {
            List<PersonNote> notes = notesByDocument.getOrDefault(doc.id(), List.of());
            List<Mention> found = reading == null ? mentionsIn(doc, names, noteNames, notes, problems)
                    : reading.mentionsIn(doc, notes, problems, own -> mentionsIn(doc, names, noteNames, notes, own));
            if (!found.isEmpty()) {
                mentions.put(doc.id(), found);
                found.forEach(m -> byPerson.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(doc.id()));
            }
        }

        if (reading != null) {
            memory.keep(reading);
        }
        List<Person> persons = new ArrayList<>();
        for (Draft d : drafts.values()) {
            if (!byPerson.containsKey(d.id)) {
                problems.add(Problem.warning(listed.file(), d.listedLine, "'" + d.name
                        + "' is named in no document: no page is made for this person"));
                continue;
            }
            persons.add(new Person(d.id, d.name, List.copyOf(d.variants), d.notes));
        }
        persons.sort(Comparator.comparing((Person p) -> p.name().toLowerCase(Locale.ROOT)).thenComparing(Person::id));
        return new Result(persons, mentions, byPerson);
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
            drafts.put(id, new Draft(id, note.nameAsPrinted(), 0));
        }
        drafts.get(id).variants.add(note.nameAsPrinted());
        noteNames.put(keys, id);
        return id;
    }

    private static List<Mention> mentionsIn(Document doc, NameIndex names, Map<List<String>, String> noteNames,
                                            List<PersonNote> notes, List<Problem> problems) {
        Map<String, Mention> first = new LinkedHashMap<>();
        Set<String> reported = new HashSet<>();
        scan(doc, doc.title(), doc.location().firstLine(), names, first, reported, problems);
        if (!doc.author().isBlank()) {
            scan(doc, doc.author(), doc.location().firstLine(), names, first, reported, problems);
        }
        for (Paragraph p : doc.paragraphs()) {
            scan(doc, p.text(), p.line(), names, first, reported, problems);
        }
        for (Footnote f : doc.footnotes()) {
            scan(doc, f.text(), f.line(), names, first, reported, problems);
        }
        // the person a note describes stands in the document, however the text declines the name
        for (PersonNote n : notes) {
            String id = noteNames.get(NameTokens.keys(n.nameAsPrinted()));
            if (id != null && !first.containsKey(id)) {
                first.put(id, new Mention(id, doc.id(), n.nameAsPrinted(), n.line(), 1));
            }
        }
        return List.copyOf(first.values());
    }

    private static void scan(Document doc, String text, int line, NameIndex names, Map<String, Mention> first,
                             Set<String> reported, List<Problem> problems) {
        for (NameIndex.Found f : names.find(text)) {
            String printed = text.substring(f.start(), f.end());
            if (f.ambiguous()) {
                if (reported.add(line + "|" + printed)) {
                    problems.add(Problem.warning(doc.location().file(), line, "'" + printed + "' may name "
                            + String.join(" or ", f.persons()) + ": not linked; tell them apart in "
                            + PersonsFile.NAME));
                }
                continue;
            }
            String id = f.persons().iterator().next();
            first.merge(id, new Mention(id, doc.id(), printed, line, 1),
                    (a, b) -> new Mention(a.personId(), a.document(), a.asPrinted(), a.line(), a.count() + 1));
        }
    }

    private static void warnSharedVariants(PersonsFile listed, NameIndex listedNames, List<Problem> problems) {
        for (PersonsFile.Listed l : listed.persons()) {
            List<String> forms = new ArrayList<>(l.variants());
            forms.add(0, l.name());
            for (String v : forms) {
                Set<String> who = listedNames.written(v);
                if (who.size() > 1) {
                    problems.add(Problem.warning(listed.file(), l.line(), "'" + v + "' is a name of "
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
