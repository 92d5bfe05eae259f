package org.docedition.apparatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.docedition.apparatus.text.LetterRuns;

/**
 * Every form of every person's name, looked up by its first word, so finding the names in a text
 * costs one map lookup per word however many persons the index holds.
 */
final class NameIndex {

    /**
     * A name found in a text.
     *
     * @param start   offset of its first letter
     * @param end     offset after its last letter
     * @param persons the persons it may name: one, or several when it is ambiguous
     */
    record Found(int start, int end, Set<String> persons) {

        boolean ambiguous() {
            return persons.size() > 1;
        }
    }

    /** One form of a name, and who answers to it; a written form beats a lone surname. */
    private static final class Entry {
        final List<String> keys;
        final Set<String> written = new TreeSet<>();
        final Set<String> lone = new TreeSet<>();

        Entry(List<String> keys) {
            this.keys = keys;
        }

        Set<String> persons() {
            return written.isEmpty() ? lone : written;
        }

        boolean isLone() {
            return written.isEmpty();
        }
    }

    private final Map<List<String>, Entry> entries = new HashMap<>();
    private final Map<String, List<Entry>> byFirstKey = new HashMap<>();
    /** The hash of each first key that is plain ASCII ({@link #asciiLowerHash}), to pass over most words without a string. */
    private final Set<Integer> asciiFirstKeyHashes = new java.util.HashSet<>();
    private final ChineseNames chinese = new ChineseNames();

    /** Registers every form of {@code name} for {@code personId}; a name in Chinese characters is found as written. */
    void add(String name, String personId) {
        if (NameTokens.hasHan(name)) {
            chinese.add(name, personId);
            return;
        }
        for (NameForms.Form f : NameForms.of(name)) {
            Entry e = entries.computeIfAbsent(f.keys(), k -> {
                Entry created = new Entry(k);
                byFirstKey.computeIfAbsent(k.get(0), x -> new ArrayList<>()).add(created);
                int h = asciiLowerHash(k.get(0), 0, k.get(0).length());
                if (h != NOT_ASCII) {
                    asciiFirstKeyHashes.add(h);
                }
                return created;
            });
            (f.lone() ? e.lone : e.written).add(personId);
        }
    }

    /** Who answers to exactly the written form {@code name} (lone surnames not counted). */
    Set<String> written(String name) {
        if (NameTokens.hasHan(name)) {
            return chinese.of(name);
        }
        Entry e = entries.get(NameTokens.keys(name));
        return e == null ? Set.of() : e.written;
    }

    /** The names in {@code text}, longest form first at each place, in reading order. */
    List<Found> find(String text) {
        List<Found> found = findAlphabetic(text);
        if (chinese.isEmpty() || !NameTokens.hasHan(text)) {
            return found;
        }
        List<Found> all = new ArrayList<>(found);
        all.addAll(chinese.find(text));
        all.sort(java.util.Comparator.comparingInt(Found::start));
        return all;
    }

    private List<Found> findAlphabetic(String text) {
        if (!mayName(text)) {
            return List.of();
        }
        List<NameTokens.Token> tokens = NameTokens.of(text);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            NameTokens.Token t = tokens.get(i);
            // every candidate's first word is this word, so matching it goes on from the second
            List<Entry> candidates = t.capital() ? byFirstKey.get(t.key()) : null;
            Entry best = null;
            if (candidates != null) {
                for (Entry e : candidates) {
                    if ((best == null || e.keys.size() > best.keys.size()) && matches(text, tokens, i, e.keys)) {
                        best = e;
                    }
                }
            }
            if (best == null || (best.isLone() && besideOtherInitials(text, tokens, i))) {
                i++;
                continue;
            }
            int last = i + best.keys.size() - 1;
            NameTokens.Token end = tokens.get(last);
            // an initial's full stop is part of the name as printed ("Suslov M.A.")
            found.add(new Found(t.start(), end.end() + (end.initial() ? 1 : 0), best.persons()));
            i = last + 1;
        }
        return found;
    }

    /**
     * Whether a word of {@code text} written with a capital starts a known form. Most paragraphs
     * name no one: this looks only at their capitalised words and keeps the cutting of the whole
     * text into words for the paragraphs that may.
     */
    private boolean mayName(String text) {
        LetterRuns runs = new LetterRuns(text);
        while (runs.next()) {
            if (!Character.isUpperCase(text.charAt(runs.start()))) {
                continue;
            }
            int h = asciiLowerHash(text, runs.start(), runs.end());
            if (h != NOT_ASCII && !asciiFirstKeyHashes.contains(h)) {
                continue; // an ASCII word whose lower case is no first key: the hashes differ
            }
            if (byFirstKey.containsKey(text.substring(runs.start(), runs.end()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** What {@link #asciiLowerHash} gives for text that is not all ASCII: such words are looked up as strings. */
    private static final int NOT_ASCII = 0;

    /**
     * {@code String.hashCode} of {@code s[from, to)} in lower case when it is all ASCII (where lower
     * case is one letter for one), else {@link #NOT_ASCII}; a hash that happens to be 0 is looked up too.
     */
    private static int asciiLowerHash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return NOT_ASCII;
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h;
    }

    /** Whether the words from {@code at} on, whose first is {@code keys}' first, are the form {@code keys}. */
    private static boolean matches(String text, List<NameTokens.Token> tokens, int at, List<String> keys) {
        if (at + keys.size() > tokens.size()) {
            return false;
        }
        for (int k = 1; k < keys.size(); k++) {
            if (!NameTokens.joined(text, tokens.get(at + k - 1), tokens.get(at + k))
                    || !tokens.get(at + k).key().equals(keys.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A lone surname with initials beside it that were not part of a known form: someone else's name. */
    private static boolean besideOtherInitials(String text, List<NameTokens.Token> tokens, int at) {
        if (at + 1 < tokens.size() && tokens.get(at + 1).initial()
                && NameTokens.joined(text, tokens.get(at), tokens.get(at + 1))) {
            return true;
        }
        return at > 0 && tokens.get(at - 1).initial() && NameTokens.joined(text, tokens.get(at - 1), tokens.get(at));
    }
}
