package org.docedition.apparatus.related;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.docedition.model.Document;

/**
 * The words of documents kept between the builds of one process ({@code edition serve}). A
 * document equal to one of the last build's is not read again: its words ({@link DocumentWords},
 * which no dictionary numbers) are replayed. The best words found for it stand unless a count
 * they depend on changed (see {@link Reading#settle}). The related documents found are the same
 * as without it.
 *
 * <p>Editions above {@value #REMEMBERED_DOCUMENTS} documents are read afresh each time: their
 * words would take hundreds of megabytes of heap.
 */
public final class WordMemo implements java.io.Serializable {

    static final int REMEMBERED_DOCUMENTS = 50_000;
    private volatile Map<Document, DocumentWords> last = Map.of();
    /** The number of the build {@link #last} is from (0: none yet), and how many documents it had. */
    private volatile long lastBuild;
    private volatile int lastCount;
    /** How many documents' best words the last build took from the one before. */
    private volatile int lastReused;
    private long builds;
    /** A number for every folded word ever read, the same in every build: documents keep their words as these. */
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    private final List<String> words = new ArrayList<>();

    private int number(String folded) {
        return numbers.computeIfAbsent(folded, w -> {
            synchronized (words) {
                words.add(w);
                return words.size() - 1;
            }
        });
    }

    String word(int number) {
        synchronized (words) {
            return words.get(number);
        }
    }

    /** How many documents' best words the last build kept took from the build before it. */
    public int reused() {
        return lastReused;
    }

    /** A reading of {@code documents} for one build, or null when the edition is too large to remember. */
    public Reading reading(List<Document> documents) {
        if (documents.size() > REMEMBERED_DOCUMENTS) {
            last = Map.of();
            lastBuild = 0;
            return null;
        }
        return new Reading(++builds, documents.size());
    }

    /** Keeps what {@code reading} read for the next build, and forgets the rest. */
    public void keep(Reading reading) {
        if (reading != null) {
            last = reading.read;
            lastCount = reading.count;
            lastBuild = reading.build;
            lastReused = reading.reused.get();
        }
    }

    /**
     * A document's best words and pairs as one build found them, before persons join them and
     * before scaling: keys by the numbers of the {@link WordMemo} (see {@link Dictionary#numbered}),
     * best first, with their weights.
     */
    record Best(long build, long[] keys, double[] weights) implements java.io.Serializable {
    }

    /** The words of each document of one build: remembered from the last, or read now. */
    public final class Reading {
        private final Map<Document, DocumentWords> read = new ConcurrentHashMap<>();
        private final long build;
        private final int count;
        /** Whether a document's best words found by the last build may stand; see {@link #settle}. */
        private boolean reuseBest;
        /** The words and pairs (see {@link Keys#pairNumber}) in more or fewer documents than in the last build. */
        private final BitSet changedWords = new BitSet();
        private final BitSet changedPairFirsts = new BitSet();
        private final Set<Long> changedPairs = new HashSet<>();
        private final AtomicInteger reused = new AtomicInteger();

        private Reading(long build, int count) {
            this.build = build;
            this.count = count;
        }

        WordMemo memo() {
            return WordMemo.this;
        }

        /**
         * Finds, once every document is read (the first pass), the words and pairs whose number
         * of documents differs from the last build's. A document's best words depend on its own
         * words, the number of documents and how many documents have each of its words. When none
         * of these changed, the best words the last build found for it stand (see {@link #best}).
         * {@code words} is the size of this build's dictionary: pairs of words numbered beyond
         * {@link Keys#ID_BITS} bits are not counted, so such a dictionary reuses nothing.
         */
        void settle(int words) {
            reuseBest = lastBuild != 0 && count == lastCount && Keys.pairable(words);
            if (!reuseBest) {
                return;
            }
            Set<DocumentWords> before = Collections.newSetFromMap(new IdentityHashMap<>());
            before.addAll(last.values());
            Set<DocumentWords> now = Collections.newSetFromMap(new IdentityHashMap<>());
            now.addAll(read.values());
            Map<Integer, Integer> wordChange = new HashMap<>();
            Map<Long, Integer> pairChange = new HashMap<>();
            for (DocumentWords w : before) {
                if (!now.contains(w)) {
                    w.count(-1, wordChange, pairChange);
                }
            }
            for (DocumentWords w : now) {
                if (!before.contains(w)) {
                    w.count(1, wordChange, pairChange);
                }
            }
            wordChange.forEach((word, change) -> {
                if (change != 0) {
                    changedWords.set(word);
                }
            });
            pairChange.forEach((pair, change) -> {
                if (change != 0) {
                    changedPairs.add(pair);
                    changedPairFirsts.set(Keys.firstNumber(pair));
                }
            });
        }

        /**
         * The best words the last build found for {@code d} if they stand in this build (see
         * {@link #settle}); null otherwise.
         */
        Best best(Document d) {
            if (!reuseBest) {
                return null;
            }
            DocumentWords w = read.get(d);
            Best best = w == null ? null : w.best;
            if (best == null || best.build() != lastBuild
                    || w.touches(changedWords, changedPairFirsts, changedPairs)) {
                return null;
            }
            w.best = new Best(build, best.keys(), best.weights());
            reused.incrementAndGet();
            return best;
        }

        /** Remembers the best words found for {@code d} in this build, keyed as {@link Dictionary#numbered} gives. */
        void found(Document d, long[] keys, double[] weights) {
            DocumentWords w = read.get(d);
            if (w != null) {
                w.best = new Best(build, keys, weights);
            }
        }

        DocumentWords of(Document d) {
            DocumentWords w = read.get(d);
            if (w == null) {
                w = last.get(d);
                if (w == null) {
                    w = DocumentWords.of(d, WordMemo.this::number);
                }
                read.put(d, w);
            }
            return w;
        }
    }
}
