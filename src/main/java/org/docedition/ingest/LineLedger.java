package org.docedition.ingest;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.docedition.model.DocumentId;

/**
 * The account of every non-blank seed line: page chrome, or owned by exactly one document, with
 * the text that document keeps from it. Used to prove no text was lost.
 *
 * @param files one entry per seed file read, in reading order
 */
public record LineLedger(List<FileLedger> files) {

    public LineLedger {
        files = List.copyOf(files);
    }

    /** Non-blank lines over all files. */
    public long nonBlankLines() {
        return files.stream().mapToLong(f -> f.nonBlank().size()).sum();
    }

    /** Lines classified as page chrome over all files. */
    public long chromeLines() {
        return files.stream().mapToLong(f -> f.chrome().size()).sum();
    }

    /** Lines owned by a document over all files. */
    public long ownedLines() {
        return files.stream().mapToLong(f -> f.owners().size()).sum();
    }

    /** Non-blank lines that are neither chrome nor owned, over all files. */
    public long unaccountedLines() {
        return files.stream().mapToLong(f -> f.unaccounted().size()).sum();
    }

    /**
     * One seed file's account.
     *
     * @param file     seed file as the editor knows it ({@code seeds/003_x.txt})
     * @param nonBlank the file's non-blank lines by 1-based number, as decoded (a line of only
     *                 spaces, non-breaking ones included, is blank)
     * @param chrome   lines classified as page chrome (navigation, pagination, labels, markup)
     * @param owners   lines placed in a document, and the document
     * @param kept     for each owned line, the pieces of its text the document keeps (a heading
     *                 keeps title and date, a footnote its text without the marker); may be empty
     *                 for a line that is pure structure, such as an empty {@code Author:} field
     */
    public record FileLedger(String file, SortedMap<Integer, String> nonBlank, SortedSet<Integer> chrome,
                             SortedMap<Integer, DocumentId> owners, Map<Integer, List<String>> kept) {

        public FileLedger {
            nonBlank = Collections.unmodifiableSortedMap(new TreeMap<>(nonBlank));
            chrome = Collections.unmodifiableSortedSet(new TreeSet<>(chrome));
            owners = Collections.unmodifiableSortedMap(new TreeMap<>(owners));
            kept = Map.copyOf(kept);
            for (Integer line : chrome) {
                if (owners.containsKey(line)) {
                    throw new IllegalArgumentException(file + ":" + line + " is both chrome and document text");
                }
            }
        }

        /** A file with no readable lines (it could not be decoded). */
        public static FileLedger unreadable(String file) {
            return new FileLedger(file, new TreeMap<>(), new TreeSet<>(), new TreeMap<>(), Map.of());
        }

        /** The text the owner of {@code line} keeps from it; the whole trimmed line if not recorded. */
        public List<String> keptText(int line) {
            List<String> pieces = kept.get(line);
            if (pieces != null) {
                return pieces;
            }
            String text = nonBlank.get(line);
            return text == null ? List.of() : List.of(text.strip());
        }

        /** Non-blank lines neither chrome nor owned by a document, in line order. */
        public Set<Integer> unaccounted() {
            SortedSet<Integer> out = new TreeSet<>();
            for (Integer line : nonBlank.keySet()) {
                if (!chrome.contains(line) && !owners.containsKey(line)) {
                    out.add(line);
                }
            }
            return out;
        }
    }
}
