package org.docedition.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document-number references in a piece of text: "See doc. 89", "See also doc. 89",
 * "Cm. doc. 96" (a transliteration of the Russian "См.", "see"), and lists such as "See docs. 89, 90".
 */
public final class ReferenceFinder {

    /**
     * A reference as printed.
     *
     * @param number the cited number
     * @param phrase the text that names it: the whole phrase for the first number of a list,
     *               the bare number for the others, so a renderer can link each one
     * @param start  offset of the phrase in the text
     */
    public record Found(String number, String phrase, int start) {
    }

    private static final Pattern PHRASE = Pattern.compile(
            "\\b(?:See\\s+also|See|Cf\\.|Cm\\.|Compare)\\s+docs?\\.\\s*(\\d{1,6})((?:\\s*(?:,|and|&)\\s*\\d{1,6})*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MORE = Pattern.compile("\\d{1,6}");

    private ReferenceFinder() {
    }

    /** The references in {@code text}, in reading order. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (!mayCite(text)) {
            return found;
        }
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            found.add(new Found(m.group(1), text.substring(m.start(), m.end(1)), m.start()));
            if (!m.group(2).isEmpty()) {
                Matcher more = MORE.matcher(m.group(2));
                while (more.find()) {
                    found.add(new Found(more.group(), more.group(), m.start(2) + more.start()));
                }
            }
        }
        return found;
    }

    /**
     * Whether {@code text} holds "doc." or "docs." in any case, as every reference does. Most texts
     * cite nothing: this spares them the phrase pattern, which tries every word boundary.
     */
    private static boolean mayCite(String text) {
        for (int at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
            int end = at > 0 && (text.charAt(at - 1) | 0x20) == 's' ? at - 1 : at;
            if (end >= 3 && (text.charAt(end - 3) | 0x20) == 'd' && (text.charAt(end - 2) | 0x20) == 'o'
                    && (text.charAt(end - 1) | 0x20) == 'c') {
                return true;
            }
        }
        return false;
    }
}
