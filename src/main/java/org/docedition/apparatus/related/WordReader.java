package org.docedition.apparatus.related;

import java.util.Locale;
import java.util.Set;
import org.docedition.apparatus.text.LetterRuns;
import org.docedition.model.Document;
import org.docedition.model.Paragraph;

/**
 * Reads the words of a document worth comparing: four letters or more, no common words, plurals
 * folded. It also reads the pairs of such words that stand side by side ("cultural exchange"):
 * a pair says more about a subject than either word alone.
 */
final class WordReader {

    /** A word of the title counts as often as this many in the text. */
    static final int TITLE_WEIGHT = 3;
    private static final Set<String> STOP = Set.of("about", "above", "after", "again", "against", "also", "although",
            "among", "another", "because", "been", "before", "being", "between", "both", "could", "does", "during",
            "each", "even", "every", "first", "from", "further", "have", "having", "here", "into", "itself", "just",
            "last", "many", "more", "most", "much", "must", "only", "other", "ours", "over", "same", "shall", "should",
            "since", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this",
            "those", "through", "under", "until", "upon", "very", "well", "were", "what", "when", "where", "which",
            "while", "will", "with", "within", "without", "would", "your", "year", "years", "said", "time",
            "people", "republic", "union", "soviet", "china", "chinese", "ussr", "government", "comrade", "comrades");
    private static final String[] ENDINGS = {"ations", "ation", "ally", "ies", "al", "es", "s", "e"};

    /** What a reading of a document's words is told. */
    interface Sink {
        /** The id of the word {@code text[start, end)}, four letters or more, or -1 to leave it out. */
        int id(char[] text, int start, int end);

        /** The word {@code id} stands {@code times} times more. */
        void word(int id, int times);

        /** The words {@code first} and {@code second} stand side by side {@code times} times more. */
        void pair(int first, int second, int times);
    }

    private WordReader() {
    }

    /**
     * Reads the words of {@code d} that {@code sink} gives an id, and the pairs of them side by
     * side. The title counts as if it stood {@value #TITLE_WEIGHT} times.
     */
    static void read(Document d, Sink sink) {
        read(d.title(), TITLE_WEIGHT, sink);
        for (Paragraph p : d.paragraphs()) {
            read(p.text(), 1, sink);
        }
    }

    /** Reads the words of {@code string} as if it stood {@code times} times over. */
    static void read(String string, int times, Sink sink) {
        LetterRuns runs = new LetterRuns(string);
        char[] text = runs.text();
        int previous = -1;
        int previousEnd = -1;
        while (runs.next()) {
            int start = runs.start();
            int end = runs.end();
            int id = end - start < 4 ? -1 : sink.id(text, start, end);
            if (id < 0) {
                // a short or common word, or (never in the first pass) one not seen: it breaks a pair
                previous = -1;
                continue;
            }
            sink.word(id, times);
            if (previous >= 0 && adjacent(text, previousEnd, start)) {
                sink.pair(previous, id, times);
            }
            previous = id;
            previousEnd = end;
        }
    }

    /** Whether a word in lower case is too common to say anything about a subject. */
    static boolean common(String lowerCase) {
        return STOP.contains(lowerCase);
    }

    /** A crude stem: enough to make "cultures", "cultural" and "culture" one word. */
    static String fold(String lowerCase) {
        for (String end : ENDINGS) {
            if (lowerCase.endsWith(end) && lowerCase.length() - end.length() >= 4) {
                return lowerCase.substring(0, lowerCase.length() - end.length());
            }
        }
        return lowerCase;
    }

    /** Whether two words stand side by side: at most two spaces or hyphens between them. */
    private static boolean adjacent(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (!(c == ' ' || c == '-' || c == '\u00A0')) {
                return false;
            }
        }
        return to - from <= 2;
    }

    /** The folded form of a printed word, or null for a common word. */
    static String foldedOrNull(String printed) {
        String w = printed.toLowerCase(Locale.ROOT);
        return common(w) ? null : fold(w);
    }
}
