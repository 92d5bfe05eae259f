package org.docedition.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docedition.ingest.LineLedger;
import org.docedition.model.DocumentId;
import org.docedition.model.Problem;

/**
 * Proves no seed text was lost: every non-blank line of every seed is page chrome, or the text its
 * document keeps from it appears on that document's page, {@code documents/<id>.html}.
 *
 * <p>Text is compared with HTML unescaped and white space ignored (see {@link PageText}). A line
 * belongs to exactly one document by construction of the {@link LineLedger}; that it appears on
 * no other page is not checked, since documents rightly share phrases such as "(Signatures)".
 */
public final class FidelityVerifier {

    /** Past this many lost lines in one file the rest are counted, not listed. */
    static final int PROBLEMS_PER_FILE = 100;
    /** Pages kept in memory at once; a file's lines come in document order, so a few suffice. */
    private static final int CACHED_PAGES = 16;

    /** Checks {@code ledger} against the pages in {@code siteDir}; nothing is thrown for a missing page. */
    public FidelityReport verify(LineLedger ledger, Path siteDir) {
        return verify(ledger, siteDir::resolve);
    }

    /**
     * Checks {@code ledger} against the pages {@code pageFile} finds (from a site-relative path);
     * nothing is thrown for a missing page.
     */
    public FidelityReport verify(LineLedger ledger, java.util.function.Function<String, Path> pageFile) {
        Map<DocumentId, Optional<String>> pages = new LinkedHashMap<>(CACHED_PAGES, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<DocumentId, Optional<String>> eldest) {
                return size() > CACHED_PAGES;
            }
        };
        Map<DocumentId, Integer> cursors = new HashMap<>();
        long kept = 0;
        long chrome = 0;
        long lost = 0;
        List<Problem> problems = new ArrayList<>();
        for (LineLedger.FileLedger file : ledger.files()) {
            int listed = 0;
            long lostHere = 0;
            for (Map.Entry<Integer, String> line : file.nonBlank().entrySet()) {
                int number = line.getKey();
                if (file.chrome().contains(number)) {
                    chrome++;
                    continue;
                }
                DocumentId owner = file.owners().get(number);
                String why = null;
                if (owner == null) {
                    why = "line is neither page chrome nor part of any document: '" + excerpt(line.getValue()) + "'";
                } else {
                    Optional<String> page = pages.computeIfAbsent(owner, id -> read(pageFile, id));
                    if (page.isEmpty()) {
                        why = "page " + owner.url() + " is missing, so this line's text is not in the site";
                    } else {
                        for (String piece : file.keptText(number)) {
                            if (!find(page.get(), PageText.ofText(piece), owner, cursors)) {
                                why = "text not found on " + owner.url() + ": '" + excerpt(piece) + "'";
                                break;
                            }
                        }
                    }
                }
                if (why == null) {
                    kept++;
                } else {
                    lost++;
                    lostHere++;
                    if (listed++ < PROBLEMS_PER_FILE) {
                        problems.add(Problem.error(file.file(), number, why));
                    }
                }
            }
            if (lostHere > PROBLEMS_PER_FILE) {
                problems.add(Problem.error(file.file(), 0, (lostHere - PROBLEMS_PER_FILE)
                        + " more lines not found in the site"));
            }
        }
        return new FidelityReport(kept, chrome, lost, problems);
    }

    /**
     * Whether {@code page} holds {@code text}. A document's lines mostly appear on its page in seed
     * order, so the search starts where the previous line's text ended and looks at the whole page
     * only when that fails. So the work is linear, not quadratic, in the lines of a long document.
     */
    private static boolean find(String page, String text, DocumentId owner, Map<DocumentId, Integer> cursors) {
        int from = Math.min(cursors.getOrDefault(owner, 0), page.length());
        int at = page.indexOf(text, from);
        if (at >= 0) {
            cursors.put(owner, at + text.length());
            return true;
        }
        return page.contains(text);
    }

    private static Optional<String> read(java.util.function.Function<String, Path> pageFile, DocumentId id) {
        try {
            return Optional.of(PageText.ofHtml(Files.readString(pageFile.apply(id.url()), StandardCharsets.UTF_8)));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static String excerpt(String text) {
        String t = text.strip();
        return t.length() <= 60 ? t : t.substring(0, 60) + "...";
    }
}
