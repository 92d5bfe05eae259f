package org.docedition.apparatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docedition.model.CitationParts;
import org.docedition.model.DocumentId;
import org.docedition.model.Mention;
import org.docedition.model.Person;
import org.docedition.model.Place;
import org.docedition.model.Problem;
import org.docedition.model.Source;

/**
 * The editorial apparatus of an edition, precomputed so that a page looks up what it shows:
 * persons and who names them, archive citations in parts and the archives' holdings, each
 * source's documents, and related documents.
 *
 * @param persons           every person named at least once, by name
 * @param mentions          per document, the persons it names, in order of first mention
 * @param personDocuments   per person id, the documents that name the person, in date order
 * @param citations         per document with an archive citation, its parts
 * @param holdings          archives and newspapers the citations name, by name
 * @param sameFile          per document, the nearest other documents of its archive file (delo) or newspaper issue
 * @param sources           per source, its documents as the source orders them, with gaps shown
 * @param related           per document, up to five documents of other sources, most related first
 * @param places            every place named at least once, by sort name
 * @param placeMentions     per document, the places it names, in order of first mention
 * @param placeDocuments    per place id, the documents that name the place, in date order
 * @param names             per document naming a person or place, where each of its texts does
 * @param relatedWhy        per document, why each of its related documents is related, in the same order
 * @param problems          warnings: unmatched footnotes, ambiguous names, doubtful citations
 */
public record Apparatus(List<Person> persons, Map<DocumentId, List<Mention>> mentions,
                        Map<String, List<DocumentId>> personDocuments, Map<DocumentId, CitationParts> citations,
                        List<Holding> holdings, Map<DocumentId, FileMates> sameFile,
                        List<SourceListing> sources, Map<DocumentId, List<DocumentId>> related,
                        List<Place> places, Map<DocumentId, List<Mention>> placeMentions,
                        Map<String, List<DocumentId>> placeDocuments, Map<DocumentId, DocumentNames> names,
                        Map<DocumentId, List<String>> relatedWhy, List<Problem> problems) {

    /** An apparatus without places or name spans. */
    public Apparatus(List<Person> persons, Map<DocumentId, List<Mention>> mentions,
                     Map<String, List<DocumentId>> personDocuments, Map<DocumentId, CitationParts> citations,
                     List<Holding> holdings, Map<DocumentId, FileMates> sameFile,
                     List<SourceListing> sources, Map<DocumentId, List<DocumentId>> related, List<Problem> problems) {
        this(persons, mentions, personDocuments, citations, holdings, sameFile, sources, related, List.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), problems);
    }

    public Apparatus {
        places = List.copyOf(places);
        placeMentions = Map.copyOf(placeMentions);
        placeDocuments = Map.copyOf(placeDocuments);
        names = Map.copyOf(names);
        relatedWhy = relatedWhy == null ? Map.of() : Map.copyOf(relatedWhy);
        persons = List.copyOf(persons);
        mentions = Map.copyOf(mentions);
        personDocuments = Map.copyOf(personDocuments);
        citations = Map.copyOf(citations);
        holdings = List.copyOf(holdings);
        sameFile = Map.copyOf(sameFile);
        sources = List.copyOf(sources);
        related = Map.copyOf(related);
        problems = List.copyOf(problems);
    }

    /**
     * The other documents of a document's archive file (delo) or newspaper issue that its page lists.
     *
     * @param nearest the nearest ones in the file's order, at most {@code ArchiveIndexBuilder.SAME_FILE_SHOWN}:
     *                a page lists a bounded number, however large the file
     * @param others  how many other documents the file holds in all
     */
    public record FileMates(List<DocumentId> nearest, int others) implements java.io.Serializable {
        public FileMates {
            nearest = List.copyOf(nearest);
        }
    }

    /**
     * An archive or a newspaper, with the documents cited from it.
     *
     * @param id        slug, the page's file name: {@code archives/<id>.html}
     * @param name      the name the edition uses ({@code AVP RF}, {@code Pravda})
     * @param fullName  its full name
     * @param type      archive, newspaper or other
     * @param documents its documents in date order
     * @param fonds     an archive's fonds, in the order of their numbers
     */
    public record Holding(String id, String name, String fullName, CitationParts.Type type,
                          List<DocumentId> documents, List<Fond> fonds) implements java.io.Serializable {
        public Holding {
            documents = List.copyOf(documents);
            fonds = List.copyOf(fonds);
        }

        public String url() {
            return "archives/" + id + ".html";
        }
    }

    /**
     * One fond of an archive.
     *
     * @param id        slug, the page's file name: {@code archives/<id>.html}
     * @param fond      the fond as cited ({@code 0100}, {@code Za})
     * @param documents its documents in archival order (opis, papka, delo, list), then date
     */
    public record Fond(String id, String fond, List<DocumentId> documents) implements java.io.Serializable {
        public Fond {
            documents = List.copyOf(documents);
        }

        public String url() {
            return "archives/" + id + ".html";
        }
    }

    /**
     * A source's documents as the source orders them.
     *
     * @param source     the source
     * @param entries    numbered documents in number order with the missing numbers between them
     *                   (a collection), or every document in date order (a newspaper, a catalogue)
     * @param unnumbered a numbered source's entries without a number, in date order
     * @param missing    how many numbers between the first and the last are not in the edition
     */
    public record SourceListing(Source source, List<Entry> entries, List<DocumentId> unnumbered, int missing) implements java.io.Serializable {
        public SourceListing {
            entries = List.copyOf(entries);
            unnumbered = List.copyOf(unnumbered);
        }

        public String url() {
            return "sources/" + source.id() + ".html";
        }
    }

    /**
     * One line of a source listing: a document, or a run of numbers not in the edition.
     *
     * @param number   the number or run of numbers ({@code 87}, {@code 87-88}), or empty
     * @param document the document, empty for a gap
     */
    public record Entry(String number, Optional<DocumentId> document) implements java.io.Serializable {
    }

    /** The places by id. */
    public Map<String, Place> placesById() {
        Map<String, Place> m = new HashMap<>();
        places.forEach(p -> m.put(p.id(), p));
        return m;
    }

    /** The persons by id. */
    public Map<String, Person> personsById() {
        Map<String, Person> m = new HashMap<>();
        persons.forEach(p -> m.put(p.id(), p));
        return m;
    }
}
