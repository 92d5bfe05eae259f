package org.docedition.apparatus;

/**
 * The sentence around a place in a text, for the "named in" lists: it ends at a full stop, question
 * or exclamation mark followed by a space (or at a Chinese full stop), but not at an initial's
 * stop ({@code A.A. Gromyko}).
 */
final class Sentences {

    /** A longer sentence is cut to about this many characters around the name. */
    static final int LONGEST = 240;

    private Sentences() {
    }

    /** The sentence of {@code text} holding {@code [start, end)}, stripped, cut with an ellipsis when long. */
    static String around(String text, int start, int end) {
        int from = start;
        while (from > 0 && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !endsSentence(text, to)) {
            to++;
        }
        to = Math.min(text.length(), to + 1);
        String prefix = "";
        String suffix = "";
        if (to - from > LONGEST) {
            int half = LONGEST / 2;
            if (start - from > half) {
                int cut = text.lastIndexOf(' ', start - half / 2);
                from = cut > from ? cut + 1 : Math.max(from, start - half);
                prefix = "\u2026";
            }
            if (to - from > LONGEST) {
                int cut = text.indexOf(' ', from + LONGEST);
                to = cut > 0 && cut < to ? cut : Math.min(to, from + LONGEST);
                suffix = "\u2026";
            }
        }
        return prefix + text.substring(from, to).strip().replaceAll("\\s+", " ") + suffix;
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u3002' || c == '\uFF01' || c == '\uFF1F') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        // an initial: one or two letters, the first a capital, after a space or another stop
        if (c == '.' && i >= 1 && Character.isUpperCase(text.charAt(i - 1))
                && (i == 1 || !Character.isLetter(text.charAt(i - 2))
                    || (i >= 3 && Character.isUpperCase(text.charAt(i - 2)) && !Character.isLetter(text.charAt(i - 3))))) {
            return false;
        }
        return true;
    }
}
