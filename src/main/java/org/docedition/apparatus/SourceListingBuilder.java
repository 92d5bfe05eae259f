package org.docedition.apparatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docedition.model.Document;
import org.docedition.model.Source;

/**
 * Lists each source's documents as the source orders them: a numbered collection by number, with
 * the numbers between that the edition lacks shown as gaps; other sources by date.
 */
final class SourceListingBuilder {

    /** A gap of up to this many numbers is shown number by number; a longer one as a range. */
    private static final int SHORT_GAP = 3;

    private SourceListingBuilder() {
    }

    /** The listings of {@code sources}; {@code documents} are in date order. */
    static List<Apparatus.SourceListing> build(List<Source> sources, List<Document> documents) {
        Map<String, List<Document>> bySource = new LinkedHashMap<>();
        sources.forEach(s -> bySource.put(s.id(), new ArrayList<>()));
        for (Document d : documents) {
            bySource.computeIfAbsent(d.source().id(), k -> new ArrayList<>()).add(d);
        }
        List<Apparatus.SourceListing> listings = new ArrayList<>();
        for (Source s : sources) {
            listings.add(listing(s, bySource.get(s.id())));
        }
        return listings;
    }

    private static Apparatus.SourceListing listing(Source source, List<Document> docs) {
        List<Document> numbered = new ArrayList<>();
        List<Document> other = new ArrayList<>();
        for (Document d : docs) {
            (number(d) >= 0 ? numbered : other).add(d);
        }
        List<Apparatus.Entry> entries = new ArrayList<>();
        if (numbered.isEmpty()) {
            other.forEach(d -> entries.add(new Apparatus.Entry(d.number().orElse(""), Optional.of(d.id()))));
            return new Apparatus.SourceListing(source, entries, List.of(), 0);
        }
        // stable: documents sharing a number keep their date order
        numbered.sort(Comparator.comparingLong(SourceListingBuilder::number));
        int missing = 0;
        long expected = number(numbered.get(0));
        for (Document d : numbered) {
            long n = number(d);
            if (n > expected) {
                missing += (int) Math.min(Integer.MAX_VALUE - missing, n - expected);
                if (n - expected <= SHORT_GAP) {
                    for (long k = expected; k < n; k++) {
                        entries.add(new Apparatus.Entry(Long.toString(k), Optional.empty()));
                    }
                } else {
                    entries.add(new Apparatus.Entry(expected + "\u2013" + (n - 1), Optional.empty()));
                }
            }
            entries.add(new Apparatus.Entry(d.number().orElse("").strip(), Optional.of(d.id())));
            expected = Math.max(expected, n + 1);
        }
        return new Apparatus.SourceListing(source, entries, other.stream().map(Document::id).toList(), missing);
    }

    /** The document's number as a whole number, or -1 when it has none or it is not a plain number. */
    private static long number(Document d) {
        if (d.number().isEmpty()) {
            return -1;
        }
        String n = d.number().get().strip();
        if (n.isEmpty() || n.length() > 12 || !n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(n);
    }
}
