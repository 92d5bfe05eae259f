package org.docedition.apparatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names written in Chinese characters ({@code 周恩来}, {@code 赫鲁晓夫}), found in a text as
 * substrings: Chinese has no spaces between words. At each place the longest known form wins, so
 * {@code 旅顺口} is found whole rather than as {@code 旅顺}.
 */
final class ChineseNames {

    /** A form shorter than this is too likely to be part of another word. */
    private static final int SHORTEST = 2;

    private final Map<String, Set<String>> forms = new HashMap<>();
    /** The first characters of the forms: at any other character no form starts, and no substring is cut. */
    private final Set<Character> firsts = new java.util.HashSet<>();
    private int longest;

    /** Registers {@code form} for {@code id}; a form of one character is ignored. */
    void add(String form, String id) {
        String f = form.strip();
        if (f.length() < SHORTEST) {
            return;
        }
        forms.computeIfAbsent(f, k -> new TreeSet<>()).add(id);
        firsts.add(f.charAt(0));
        longest = Math.max(longest, f.length());
    }

    /** Who answers to exactly {@code form}. */
    Set<String> of(String form) {
        return forms.getOrDefault(form.strip(), Set.of());
    }

    boolean isEmpty() {
        return forms.isEmpty();
    }

    /** The names in {@code text}, longest first at each place, in reading order. */
    List<NameIndex.Found> find(String text) {
        List<NameIndex.Found> found = new ArrayList<>();
        if (forms.isEmpty()) {
            return found;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!NameTokens.isHan(c) || !firsts.contains(c)) {
                i++;
                continue;
            }
            int matched = 0;
            for (int len = Math.min(longest, n - i); len >= SHORTEST; len--) {
                Set<String> ids = forms.get(text.substring(i, i + len));
                if (ids != null) {
                    found.add(new NameIndex.Found(i, i + len, ids));
                    matched = len;
                    break;
                }
            }
            i += matched > 0 ? matched : 1;
        }
        return found;
    }
}
