package org.docedition.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.Paragraph;
import org.docedition.model.Problem;
import org.docedition.model.Reference;
import org.docedition.model.Source;

/**
 * Links documents into an {@link Edition}: sorts them by date, resolves document-number references
 * within each source, and precomputes neighbours and cited-by lists.
 *
 * <p>Every step is linear (or n log n for the sort) in the number of documents, so a page never
 * needs to look at the whole edition when it is rendered.
 */
public final class EditionLinker {

    /** Chronological order; undated last; ties by source, then number, then id, so order is stable. */
    static final Comparator<Document> CHRONOLOGICAL = Comparator
            .comparing((Document d) -> d.date().isEmpty())
            .thenComparing(d -> d.date().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.source().id())
            .thenComparing(EditionLinker::numericNumber)
            .thenComparing(Document::id);

    /** The edition made of {@code documents}. */
    public Edition link(List<Document> documents) {
        List<Document> ordered = new ArrayList<>(documents);
        ordered.sort(CHRONOLOGICAL);

        Map<String, DocumentId> byNumber = numberIndex(ordered);
        Map<DocumentId, List<Reference>> references = new HashMap<>();
        Map<DocumentId, Set<DocumentId>> citedBy = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Document d : ordered) {
            List<Reference> refs = referencesOf(d, byNumber, problems);
            references.put(d.id(), refs);
            for (Reference r : refs) {
                r.target().filter(t -> !t.equals(d.id()))
                        .ifPresent(t -> citedBy.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(d.id()));
            }
        }

        Map<DocumentId, DocumentId[]> inSource = sourceNeighbours(ordered);
        Map<DocumentId, DocumentLinks> links = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Document d = ordered.get(i);
            Optional<DocumentId> previous = i > 0 ? Optional.of(ordered.get(i - 1).id()) : Optional.empty();
            Optional<DocumentId> next = i + 1 < ordered.size() ? Optional.of(ordered.get(i + 1).id()) : Optional.empty();
            DocumentId[] around = inSource.getOrDefault(d.id(), new DocumentId[2]);
            links.put(d.id(), new DocumentLinks(references.get(d.id()), previous, next,
                    List.copyOf(citedBy.getOrDefault(d.id(), Set.of())), Optional.ofNullable(around[0]),
                    Optional.ofNullable(around[1])));
        }
        return new Edition(ordered, links, sources(documents), ChronologyBuilder.build(ordered), problems);
    }

    /**
     * Each document's neighbours in its source's own order: a source that numbers its documents (the
     * printed collection) is read in number order, so doc. 89 follows doc. 86 when 87 and 88 are
     * not in the edition, and its unnumbered entries stand outside that sequence; a source without
     * numbers (a newspaper, a catalogue) is read in date order. {@code documents} are in date order.
     */
    private static Map<DocumentId, DocumentId[]> sourceNeighbours(List<Document> documents) {
        Map<String, List<Document>> bySource = new LinkedHashMap<>();
        for (Document d : documents) {
            bySource.computeIfAbsent(d.source().id(), k -> new ArrayList<>()).add(d);
        }
        Map<DocumentId, DocumentId[]> out = new HashMap<>();
        for (List<Document> source : bySource.values()) {
            List<Document> sequence = new ArrayList<>(source);
            if (sequence.stream().anyMatch(d -> d.number().isPresent())) {
                sequence.removeIf(d -> d.number().isEmpty());
                // stable: documents sharing a number keep their date order
                sequence.sort(Comparator.comparing(EditionLinker::numericNumber));
            }
            for (int i = 0; i < sequence.size(); i++) {
                out.put(sequence.get(i).id(), new DocumentId[] {
                        i > 0 ? sequence.get(i - 1).id() : null,
                        i + 1 < sequence.size() ? sequence.get(i + 1).id() : null});
            }
        }
        return out;
    }

    private static Map<String, DocumentId> numberIndex(List<Document> documents) {
        Map<String, DocumentId> index = new HashMap<>();
        for (Document d : documents) {
            d.number().ifPresent(n -> index.putIfAbsent(key(d.source(), n), d.id()));
        }
        return index;
    }

    private static List<Reference> referencesOf(Document d, Map<String, DocumentId> byNumber, List<Problem> problems) {
        List<Reference> refs = new ArrayList<>();
        for (Paragraph p : d.paragraphs()) {
            collect(d, p.text(), p.line(), byNumber, refs, problems);
        }
        for (Footnote f : d.footnotes()) {
            collect(d, f.text(), f.line(), byNumber, refs, problems);
        }
        return refs;
    }

    private static void collect(Document d, String text, int line, Map<String, DocumentId> byNumber,
                                List<Reference> refs, List<Problem> problems) {
        for (ReferenceFinder.Found f : ReferenceFinder.find(text)) {
            String number = stripZeros(f.number());
            Optional<DocumentId> target = Optional.ofNullable(byNumber.get(key(d.source(), number)));
            refs.add(new Reference(number, f.phrase(), target, line));
            if (target.isEmpty()) {
                problems.add(Problem.warning(d.location().file(), line,
                        "\"" + f.phrase() + "\": doc. " + number + " of " + d.source().title()
                                + " is not in this edition (shown as such)"));
            }
        }
    }

    private static List<Source> sources(List<Document> inFileOrder) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Document d : inFileOrder) {
            sources.putIfAbsent(d.source().id(), d.source());
        }
        return List.copyOf(sources.values());
    }

    private static String key(Source source, String number) {
        return source.id() + "#" + stripZeros(number);
    }

    /** {@code number} trimmed and without leading zeros, though never without its last digit ("007" is "7", "000" is "0"). */
    private static String stripZeros(String number) {
        String s = number.strip();
        int from = 0;
        while (from + 1 < s.length() && s.charAt(from) == '0' && isDigit(s.charAt(from + 1))) {
            from++;
        }
        return s.substring(from);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long numericNumber(Document d) {
        return d.number().map(n -> {
            try {
                return Long.parseLong(stripZeros(n));
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }).orElse(Long.MAX_VALUE);
    }
}
