package org.docedition.publish;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text of an HTML page as a reader sees it, reduced to a form in which seed text can be
 * looked up: tags, comments, scripts and styles removed, character references decoded, and all
 * white space (non-breaking too) dropped, so line breaks, indentation and inline markup such as
 * a linked footnote marker cannot hide a match.
 *
 * <p>Editorial insertions are not seed text and are left out: any element carrying a
 * {@code data-editorial} attribute or the class {@code not-in-edition} (the renderer's
 * "(not in this edition)" after an unresolved "See doc. 68").
 */
final class PageText {

    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00A0", "hellip", "\u2026", "ndash", "\u2013", "mdash", "\u2014");

    private static final Pattern EDITORIAL_CLASS = Pattern.compile(
            "\\sclass\\s*=\\s*[\"'][^\"']*\\bnot-in-edition\\b");

    /** The length of both words that mark an editorial element: "data-editorial", "not-in-edition". */
    private static final int EDITORIAL_WORD = 14;

    private PageText() {
    }

    /** The compared form of a page's HTML. */
    static String ofHtml(String html) {
        StringBuilder text = new StringBuilder(html.length() / 2);
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                // the character after '<' rules out comments, scripts and styles for most tags
                int next = charAt(html, i + 1) | 0x20;
                if (next == ('!' | 0x20) && html.startsWith("<!--", i)) {
                    int end = html.indexOf("-->", i + 4);
                    i = end < 0 ? n : end + 3;
                } else if (next == 's' && startsWithIgnoreCase(html, i, "<script")) {
                    i = skipElement(html, i, "</script");
                } else if (next == 's' && startsWithIgnoreCase(html, i, "<style")) {
                    i = skipElement(html, i, "</style");
                } else {
                    int end = html.indexOf('>', i + 1);
                    if (end > 0 && isEditorial(html, i, end + 1)) {
                        i = skipElement(html, i, end + 1, tagName(html, i + 1));
                    } else {
                        i = end < 0 ? n : end + 1;
                    }
                }
            } else if (c == '&') {
                int end = html.indexOf(';', i + 1);
                String decoded = end > 0 && end - i <= 10 ? reference(html.substring(i + 1, end)) : null;
                if (decoded == null) {
                    append(text, c);
                    i++;
                } else {
                    for (int k = 0; k < decoded.length(); k++) {
                        append(text, decoded.charAt(k));
                    }
                    i = end + 1;
                }
            } else {
                append(text, c);
                i++;
            }
        }
        return text.toString();
    }

    /** The compared form of a piece of seed text (plain text, not HTML). */
    static String ofText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            append(out, text.charAt(i));
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char c) {
        // printable ASCII, most of any page, is never space: decide it without the Unicode tables
        if ((c > ' ' && c < 0x7F) || (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF')) {
            out.append(c);
        }
    }

    private static String reference(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return NAMED.get(name);
    }

    private static int skipElement(String html, int from, String closing) {
        int end = indexOfIgnoreCase(html, closing, from);
        if (end < 0) {
            return html.length();
        }
        int close = html.indexOf('>', end);
        return close < 0 ? html.length() : close + 1;
    }

    /** Whether the tag {@code html[from, to)} opens an editorial element. */
    private static boolean isEditorial(String html, int from, int to) {
        // most tags name neither mark: look for them before copying and lower-casing the tag
        if (html.charAt(from + 1) == '/' || !mentionsEditorialMark(html, from, to)) {
            return false;
        }
        return isEditorial(html.substring(from, to));
    }

    /**
     * Whether {@code html[from, to)} holds "data-editorial" or "not-in-edition" in any case: true
     * at least whenever the region lower-cased holds one. One pass for both words (every tag of
     * every page goes through here).
     */
    private static boolean mentionsEditorialMark(String html, int from, int to) {
        int last = to - EDITORIAL_WORD;
        for (int i = from; i <= last; i++) {
            int c = html.charAt(i) | 0x20;
            if (c == 'd' && html.regionMatches(true, i, "data-editorial", 0, EDITORIAL_WORD)
                    || c == 'n' && html.regionMatches(true, i, "not-in-edition", 0, EDITORIAL_WORD)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEditorial(String startTag) {
        if (startTag.startsWith("</") || startTag.endsWith("/>")) {
            return false;
        }
        String t = startTag.toLowerCase(Locale.ROOT);
        return t.contains(" data-editorial") || EDITORIAL_CLASS.matcher(t).find();
    }

    private static String tagName(String html, int from) {
        int end = from;
        while (end < html.length() && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return html.substring(from, end).toLowerCase(Locale.ROOT);
    }

    /** Skips from {@code contentStart} past the end tag matching an element {@code name} opened before it. */
    private static int skipElement(String html, int tagStart, int contentStart, String name) {
        if (name.isEmpty()) {
            return contentStart;
        }
        int depth = 1;
        int i = contentStart;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                return html.length();
            }
            int gt = html.indexOf('>', lt);
            if (gt < 0) {
                return html.length();
            }
            if (html.regionMatches(true, lt + 1, name, 0, name.length())
                    && !Character.isLetterOrDigit(charAt(html, lt + 1 + name.length()))
                    && html.charAt(gt - 1) != '/') {
                depth++;
            } else if (html.regionMatches(true, lt, "</" + name, 0, name.length() + 2)
                    && !Character.isLetterOrDigit(charAt(html, lt + 2 + name.length()))) {
                depth--;
                if (depth == 0) {
                    return gt + 1;
                }
            }
            i = gt + 1;
        }
        return html.length();
    }

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }

    private static boolean startsWithIgnoreCase(String s, int at, String prefix) {
        return s.regionMatches(true, at, prefix, 0, prefix.length());
    }

    /** Where {@code what}, which starts with {@code <}, next occurs from {@code from} in any case; -1 if nowhere. */
    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = s.indexOf('<', from); i >= 0 && i + what.length() <= s.length(); i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
