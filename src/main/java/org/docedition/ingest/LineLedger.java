package org.docedition.ingest;

import java.util.List;
import java.util.Map;

/**
 * The account of every non-blank seed line: which lines were page chrome, and, per seed file, the
 * text lines the readers placed in documents. Used to prove no text was lost.
 *
 * @param files one entry per seed file read
 */
public record LineLedger(List<FileLedger> files) {

    public LineLedger {
        files = List.copyOf(files);
    }

    /**
     * One seed file's account.
     *
     * @param file        seed file name
     * @param nonBlank    the file's non-blank lines, by 1-based line number, as decoded
     * @param chrome      line numbers classified as page chrome (navigation, pagination, headers)
     */
    public record FileLedger(String file, Map<Integer, String> nonBlank, java.util.Set<Integer> chrome) {
        public FileLedger {
            nonBlank = Map.copyOf(nonBlank);
            chrome = java.util.Set.copyOf(chrome);
        }
    }
}
