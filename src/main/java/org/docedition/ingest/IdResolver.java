package org.docedition.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Problem;

/**
 * Settles ids across all seeds: a document keeps its preferred id unless another claims it too.
 *
 * <p>Then both move to their next choice (a slug of the title's first words, then of the whole
 * title), so only the documents involved in a clash change, and never by position. Numbered
 * documents cannot move: the same number twice in one collection is an error naming both lines.
 * Two entries that agree in everything (a listing fetched twice) are one entry, with a warning;
 * any clash left is an error, and the later document gets a suffix only so the build can go on
 * to report every other problem.
 */
final class IdResolver {

    /**
     * A document as read and where it came from.
     *
     * @param entry the reader's entry
     * @param file  the seed file
     */
    record Item(SeedReading.Entry entry, String file) {
    }

    /**
     * The outcome.
     *
     * @param ids      the final id of every item, same order; a merged duplicate maps to the kept one
     * @param kept     whether each item is kept as a document (false for a merged duplicate)
     * @param problems clashes found
     */
    record Resolution(List<DocumentId> ids, List<Boolean> kept, List<Problem> problems) {
    }

    Resolution resolve(List<Item> items) {
        int n = items.size();
        int[] choice = new int[n];
        DocumentId[] ids = new DocumentId[n];
        boolean[] kept = new boolean[n];
        for (int i = 0; i < n; i++) {
            ids[i] = items.get(i).entry().plan().first();
            kept[i] = true;
        }
        List<Problem> problems = new ArrayList<>();
        // every round moves each movable clashing document one choice on; choices are few
        boolean moved = true;
        while (moved) {
            moved = false;
            for (List<Integer> group : clashes(ids, kept)) {
                for (int i : group) {
                    IdPlan plan = items.get(i).entry().plan();
                    if (!plan.numbered() && choice[i] + 1 < plan.choices().size()) {
                        choice[i]++;
                        ids[i] = plan.choices().get(choice[i]);
                        moved = true;
                    }
                }
            }
        }
        Set<DocumentId> taken = new HashSet<>(List.of(ids));
        for (List<Integer> group : clashes(ids, kept)) {
            int firstIndex = group.get(0);
            Item first = items.get(firstIndex);
            for (int k = 1; k < group.size(); k++) {
                int i = group.get(k);
                Item other = items.get(i);
                IdPlan plan = other.entry().plan();
                if (!plan.numbered() && sameContent(first.entry().document(), other.entry().document())) {
                    kept[i] = false;
                    problems.add(Problem.warning(other.file(), plan.line(), "duplicate of the " + plan.what()
                            + " at " + where(first) + "; listed once"));
                    continue;
                }
                String message = plan.numbered()
                        ? plan.what() + " appears twice in " + first.entry().document().source().title() + ": at "
                                + where(first) + " and here; numbers must be unique within a collection"
                        : "two documents would share the id '" + ids[i] + "' (" + where(first)
                                + " and here): same source, date and title";
                problems.add(Problem.error(other.file(), plan.line(), message));
                ids[i] = suffixed(ids[i], "line-" + plan.line(), taken);
                taken.add(ids[i]);
            }
        }
        List<DocumentId> out = new ArrayList<>(n);
        List<Boolean> keptList = new ArrayList<>(n);
        Map<Integer, Integer> mergedInto = new HashMap<>();
        Map<DocumentId, Integer> owner = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                owner.putIfAbsent(ids[i], i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!kept[i]) {
                mergedInto.put(i, owner.get(ids[i]));
            }
            out.add(kept[i] ? ids[i] : ids[mergedInto.get(i)]);
            keptList.add(kept[i]);
        }
        return new Resolution(out, keptList, problems);
    }

    /** Groups of two or more kept documents sharing an id, each in reading order. */
    private static List<List<Integer>> clashes(DocumentId[] ids, boolean[] kept) {
        Map<DocumentId, List<Integer>> byId = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (kept[i]) {
                byId.computeIfAbsent(ids[i], k -> new ArrayList<>()).add(i);
            }
        }
        return byId.values().stream().filter(g -> g.size() > 1).toList();
    }

    private static DocumentId suffixed(DocumentId id, String suffix, Set<DocumentId> taken) {
        String base = id.value();
        String tail = "-" + IdSlug.slug(suffix, 0);
        for (int extra = 1; ; extra++) {
            String t = extra == 1 ? tail : tail + "-" + extra;
            String cut = base.length() + t.length() > DocumentId.MAX_LENGTH
                    ? base.substring(0, DocumentId.MAX_LENGTH - t.length()) : base;
            while (cut.endsWith("-")) {
                cut = cut.substring(0, cut.length() - 1);
            }
            DocumentId candidate = new DocumentId(cut + t);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static String where(Item item) {
        return item.file() + ":" + item.entry().plan().line();
    }

    /** Whether two documents say the same thing (ids and locations aside). */
    private static boolean sameContent(Document a, Document b) {
        return a.kind() == b.kind() && a.source().equals(b.source()) && a.title().equals(b.title())
                && a.date().equals(b.date()) && Objects.equals(a.number(), b.number())
                && texts(a).equals(texts(b));
    }

    private static List<String> texts(Document d) {
        List<String> t = new ArrayList<>();
        d.paragraphs().forEach(p -> t.add(p.text()));
        d.footnotes().forEach(f -> t.add(f.text()));
        d.original().ifPresent(o -> o.paragraphs().forEach(p -> t.add(p.text())));
        return t;
    }
}
