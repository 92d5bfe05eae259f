package org.docedition.apparatus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.docedition.apparatus.related.RelatedDocuments;
import org.docedition.apparatus.related.Vocabulary;
import org.docedition.apparatus.related.WordMemo;
import org.docedition.link.Edition;
import org.docedition.model.Document;
import org.docedition.model.Problem;

/**
 * Builds the editorial apparatus of a linked edition: footnote checks, persons, archives,
 * source listings, related documents. Every step reads each document a bounded number of
 * times, so the whole is linear in the size of the edition.
 */
public final class ApparatusBuilder {

    private final PersonsFile persons;
    private final PlacesFile places;
    private final List<Problem> fileProblems;
    /** What earlier builds of this process left, or null. */
    private final ApparatusMemos memos;
    /** Whether to report names that look like persons or places the authority files lack ({@code edition check}). */
    private final boolean unknownNames;

    /** A builder using the editors' list of persons {@code persons}. */
    public ApparatusBuilder(PersonsFile persons) {
        this(persons, PlacesFile.none(), List.of(), null, false);
    }

    /** A builder using the editors' authority files. */
    public ApparatusBuilder(PersonsFile persons, PlacesFile places) {
        this(persons, places, List.of(), null, false);
    }

    private ApparatusBuilder(PersonsFile persons, PlacesFile places, List<Problem> fileProblems,
                             ApparatusMemos memos, boolean unknownNames) {
        this.persons = persons;
        this.places = places;
        this.fileProblems = List.copyOf(fileProblems);
        this.memos = memos;
        this.unknownNames = unknownNames;
    }

    /**
     * This builder, also reporting each name in the texts that looks like a person's or a place's
     * and is in neither authority file (see {@link UnknownNames}): what {@code edition check} lists.
     */
    public ApparatusBuilder reportingUnknownNames() {
        return new ApparatusBuilder(persons, places, fileProblems, memos, true);
    }

    /**
     * This builder, keeping in {@code memos} what the next build of the same process can use
     * again (see {@link ApparatusMemos}); the apparatus built is the same.
     */
    public ApparatusBuilder remembering(ApparatusMemos memos) {
        return new ApparatusBuilder(persons, places, fileProblems, memos, unknownNames);
    }

    /**
     * A builder reading {@code content/persons.csv} of a project whose hand-written pages are in
     * {@code contentDir}; a missing file means persons come from the notes alone.
     */
    public static ApparatusBuilder forContent(Path contentDir) {
        List<Problem> problems = new ArrayList<>();
        Path file = contentDir.resolve(PersonsFile.NAME);
        Path parent = contentDir.getFileName();
        String display = (parent == null ? "" : parent + "/") + PersonsFile.NAME;
        PersonsFile read = PersonsFile.read(file, display, problems);
        String placesDisplay = (parent == null ? "" : parent + "/") + PlacesFile.NAME;
        PlacesFile places = PlacesFile.read(contentDir.resolve(PlacesFile.NAME), placesDisplay, problems);
        return new ApparatusBuilder(read, places, problems, null, false);
    }

    /** The apparatus of {@code edition}. */
    public Apparatus build(Edition edition) {
        List<Problem> problems = new ArrayList<>(fileProblems);
        List<Document> documents = edition.documents();
        // the words of the related documents are counted on another core while the rest is found: they need nothing of it
        WordMemo.Reading words = memos == null ? null : memos.words.reading(documents);
        CompletableFuture<Vocabulary> vocabulary = CompletableFuture.supplyAsync(() -> Vocabulary.of(documents, words));
        for (Document d : documents) {
            FootnoteCheck.check(d, problems);
        }
        PersonIndexBuilder.Result people = PersonIndexBuilder.build(documents, persons, places, problems,
                memos == null ? null : memos.mentions);
        if (unknownNames) {
            UnknownNames.report(documents, people.names(), problems);
        }
        ArchiveIndexBuilder.Result archives = ArchiveIndexBuilder.build(documents, problems);
        List<Apparatus.SourceListing> sources = SourceListingBuilder.build(edition.sources(), documents);
        var related = RelatedDocuments.find(documents, joined(vocabulary), people.mentions());
        if (memos != null) {
            memos.words.keep(words);
        }
        problems.sort(null);
        return new Apparatus(people.persons(), people.mentions(), people.documents(), archives.citations(),
                memos == null ? archives.holdings() : memos.holdings.same(archives.holdings()),
                archives.sameFile(), sources, related, people.places(), people.placeMentions(),
                people.placeDocuments(), people.names(), problems);
    }

    /** The value of {@code task}, or the very exception it failed with. */
    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }
}
