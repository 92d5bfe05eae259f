package org.docedition.apparatus.text;

/**
 * The runs of letters of a text, in reading order. Names and related documents are made of
 * these words; anything that is not a letter (digits, punctuation, spaces) separates them.
 *
 * <pre>{@code
 * LetterRuns runs = new LetterRuns(text);
 * while (runs.next()) {
 *     use(runs.start(), runs.end());
 * }
 * }</pre>
 */
public final class LetterRuns {

    private final char[] text;
    private int start;
    private int end;

    /** The runs of {@code text}, read in place. */
    public LetterRuns(char[] text) {
        this.text = text;
    }

    /** The runs of {@code text}. */
    public LetterRuns(String text) {
        // a text with characters beyond Latin-1 is slow to read char by char: read a copy
        this(text.toCharArray());
    }

    /** Moves to the next run of letters; false when there is none left. */
    public boolean next() {
        int n = text.length;
        int i = end;
        while (i < n && !Character.isLetter(text[i])) {
            i++;
        }
        if (i == n) {
            start = n;
            end = n;
            return false;
        }
        start = i;
        while (i < n && Character.isLetter(text[i])) {
            i++;
        }
        end = i;
        return true;
    }

    /** The offset of the current run's first letter. */
    public int start() {
        return start;
    }

    /** The offset after the current run's last letter. */
    public int end() {
        return end;
    }

    /** The text read. */
    public char[] text() {
        return text;
    }
}
