package org.docedition.tei;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.docedition.model.Correction;

/**
 * Marks where each {@code choice/corr} reading stands in text being read, so that its place is
 * still known after the text's white space is normalised, and turns the marks into corrections.
 *
 * <p>The marks are characters of the Private Use Area, which no seed text holds.
 */
final class CorrectionMarks {

    private static final char END = '\uE000';
    private static final char FIRST = '\uE100';
    private static final int MAX = 0xE00;

    /** A correction read so far: what was printed, where, and why once its note is read. */
    private static final class Pending {
        final String printed;
        final int line;
        String note = "";

        Pending(String printed, int line) {
            this.printed = printed;
            this.line = line;
        }
    }

    private final List<Pending> pending = new ArrayList<>();

    /** Marks the start of a corrected reading printed as {@code printed}; false when no mark is left. */
    boolean open(StringBuilder s, String printed, int line) {
        if (pending.size() >= MAX || printed.isEmpty()) {
            return false;
        }
        s.append((char) (FIRST + pending.size()));
        pending.add(new Pending(printed, line));
        return true;
    }

    /** Marks the end of the reading opened last. */
    void close(StringBuilder s) {
        s.append(END);
    }

    /** The reason for the correction read last, from the {@code note type="correction"} after it. */
    void note(String text) {
        if (!pending.isEmpty() && pending.get(pending.size() - 1).note.isEmpty()) {
            pending.get(pending.size() - 1).note = text;
        }
    }

    /**
     * {@code text} without marks; the corrections marked in it are added to {@code out} as standing
     * in {@code field} at {@code fieldLine}.
     */
    String take(String text, Correction.Field field, int fieldLine, List<Correction> out) {
        StringBuilder clean = new StringBuilder(text.length());
        Deque<int[]> open = new ArrayDeque<>();
        List<Correction> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c < FIRST + MAX) {
                open.push(new int[] {c - FIRST, clean.length()});
            } else if (c == END) {
                if (!open.isEmpty()) {
                    int[] o = open.pop();
                    Pending p = pending.get(o[0]);
                    found.add(new Correction(field, fieldLine, o[1], p.printed, clean.substring(o[1]), p.note,
                            p.line));
                }
            } else {
                clean.append(c);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Correction::at));
        out.addAll(found);
        return clean.toString();
    }

    /** {@code text} without marks, its corrections dropped (a text a correction cannot stand in). */
    static String strip(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != END && (c < FIRST || c >= FIRST + MAX)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}
