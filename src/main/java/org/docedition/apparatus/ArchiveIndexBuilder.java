package org.docedition.apparatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.docedition.model.CitationParts;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Problem;

/**
 * Reads every archive citation into its parts and groups the documents by archive or newspaper,
 * by fond, and by archive file (delo) or newspaper issue.
 */
final class ArchiveIndexBuilder {

    /**
     * The archives' side of the apparatus.
     *
     * @param citations per document, its citation's parts
     * @param holdings  archives and newspapers by name
     * @param sameFile  per document, the nearest others of its delo or issue, in archival or date order
     */
    record Result(Map<DocumentId, CitationParts> citations, List<Apparatus.Holding> holdings,
                  Map<DocumentId, Apparatus.FileMates> sameFile) {
    }

    /**
     * How many other documents of its file a document's page lists: the nearest in the file's order.
     * A delo can hold hundreds of documents; listing them all on each would make the pages, and the
     * build, grow with the square of the file's size.
     */
    static final int SAME_FILE_SHOWN = 10;

    private ArchiveIndexBuilder() {
    }

    /** The index of {@code documents}, which are in date order. */
    static Result build(List<Document> documents, List<Problem> problems) {
        Map<DocumentId, CitationParts> citations = new HashMap<>();
        Map<String, List<Document>> byHolder = new LinkedHashMap<>();
        Map<String, List<DocumentId>> byFile = new LinkedHashMap<>();
        for (Document d : documents) {
            if (d.archive().isEmpty()) {
                continue;
            }
            CitationParts parts = CitationParser.parse(d.archive().get(), d.location().file(), problems);
            if (parts.type() == CitationParts.Type.OTHER) {
                citations.put(d.id(), parts);
                continue;
            }
            citations.put(d.id(), parts);
            byHolder.computeIfAbsent(parts.holder(), k -> new ArrayList<>()).add(d);
            String file = parts.fileKey().orElse(parts.issue().map(i -> parts.holder() + "|" + i.iso()).orElse(null));
            if (file != null) {
                byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(d.id());
            }
        }

        List<Apparatus.Holding> holdings = new ArrayList<>();
        Map<String, Boolean> ids = new HashMap<>();
        for (Map.Entry<String, List<Document>> h : byHolder.entrySet()) {
            String id = unique(slug(h.getKey()), ids);
            CitationParts.Type type = citations.get(h.getValue().get(0).id()).type();
            Map<String, List<Document>> fonds = new TreeMap<>(ArchiveIndexBuilder::compareShelfmark);
            for (Document d : h.getValue()) {
                String fond = citations.get(d.id()).fond();
                if (!fond.isEmpty()) {
                    fonds.computeIfAbsent(fond, k -> new ArrayList<>()).add(d);
                }
            }
            List<Apparatus.Fond> fondList = new ArrayList<>();
            for (Map.Entry<String, List<Document>> f : fonds.entrySet()) {
                List<Document> inOrder = new ArrayList<>(f.getValue());
                inOrder.sort(Comparator.comparing((Document d) -> citations.get(d.id()), ArchiveIndexBuilder::archival));
                fondList.add(new Apparatus.Fond(unique(id + "-f-" + slug(f.getKey()), ids), f.getKey(),
                        inOrder.stream().map(Document::id).toList()));
            }
            holdings.add(new Apparatus.Holding(id, h.getKey(), CitationParser.fullName(h.getKey()), type,
                    h.getValue().stream().map(Document::id).toList(), fondList));
        }
        holdings.sort(Comparator.comparing((Apparatus.Holding h) -> h.type().ordinal())
                .thenComparing(h -> h.name().toLowerCase(Locale.ROOT)));

        Map<DocumentId, Apparatus.FileMates> sameFile = new HashMap<>();
        for (List<DocumentId> group : byFile.values()) {
            int n = group.size();
            for (int i = 0; n > 1 && i < n; i++) {
                // a window of the file around the document, shifted to stay whole at either end
                int from = Math.max(0, Math.min(i - SAME_FILE_SHOWN / 2, n - 1 - SAME_FILE_SHOWN));
                int to = Math.min(n, from + SAME_FILE_SHOWN + 1);
                List<DocumentId> nearest = new ArrayList<>(to - from - 1);
                for (int j = from; j < to; j++) {
                    if (j != i) {
                        nearest.add(group.get(j));
                    }
                }
                sameFile.put(group.get(i), new Apparatus.FileMates(nearest, n - 1));
            }
        }
        return new Result(citations, holdings, sameFile);
    }

    /** Opis, papka, delo, then sheets, each compared as shelfmarks. */
    private static int archival(CitationParts a, CitationParts b) {
        int c = compareShelfmark(a.opis(), b.opis());
        if (c == 0) {
            c = compareShelfmark(a.papka(), b.papka());
        }
        if (c == 0) {
            c = compareShelfmark(a.delo(), b.delo());
        }
        return c != 0 ? c : compareShelfmark(a.sheets(), b.sheets());
    }

    /** Numbers by value ({@code 22} before {@code 179}), a leading zero apart ({@code 0100} after {@code 100}), then text. */
    static int compareShelfmark(String a, String b) {
        long na = leadingNumber(a);
        long nb = leadingNumber(b);
        if (na != nb) {
            return Long.compare(na, nb);
        }
        return a.compareTo(b);
    }

    private static long leadingNumber(String s) {
        int i = 0;
        while (i < s.length() && i < 12 && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
        }
        return i == 0 ? Long.MAX_VALUE : Long.parseLong(s.substring(0, i));
    }

    static String slug(String s) {
        String slug = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "archive" : slug;
    }

    private static String unique(String wanted, Map<String, Boolean> taken) {
        String id = wanted;
        for (int k = 2; taken.containsKey(id); k++) {
            id = wanted + "-" + k;
        }
        taken.put(id, true);
        return id;
    }
}
