package org.docedition.search;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.nio.charset.StandardCharsets;

/**
 * Splits the Chinese of a page into words for Pagefind, which indexes every page as English.
 *
 * <p>Pagefind splits text into words at spaces only (its extended build segments Chinese, but only
 * on pages it indexes as Chinese, and a page goes into one language's index). Each document is
 * indexed once, its Chinese original on the same page as its translation, so the search stage gives
 * Pagefind a copy of such a page with a space between the words of its Chinese: ICU's dictionary
 * segmentation, the same that browsers' {@code Intl.Segmenter} applies to a Chinese query on the
 * search page, so a query's words and the indexed words are cut alike. The published page is
 * unchanged. Runs of Chinese also get a space on each side, so punctuation or digits next to them
 * never join a word.
 *
 * <p>Only text between tags changes; tags, attribute values, scripts and styles are copied as they are.
 */
final class ChineseWords {

    /** Part of the shards' keys: a change of ICU's dictionary changes the indexed words. */
    static final String VERSION = "icu " + VersionInfo.ICU_VERSION;

    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE));

    private ChineseWords() {
    }

    /**
     * The page {@code html} (UTF-8) with its Chinese split into words, or null when it has no
     * Chinese (a quick look at the bytes: every Han character is encoded from 0xE3 to 0xE9 or 0xF0).
     */
    static byte[] forIndex(byte[] html) {
        boolean maybe = false;
        for (byte b : html) {
            int u = b & 0xFF;
            if (u >= 0xE3 && u <= 0xE9 || u == 0xF0) {
                maybe = true;
                break;
            }
        }
        if (!maybe) {
            return null;
        }
        String page = new String(html, StandardCharsets.UTF_8);
        String spaced = spaced(page);
        return spaced == null ? null : spaced.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code page} with the Chinese of its text split into words, or null when it has none. */
    static String spaced(String page) {
        StringBuilder out = null;
        int copied = 0;
        int n = page.length();
        int i = 0;
        while (i < n) {
            char c = page.charAt(i);
            if (c == '<') {
                i = afterMarkup(page, i);
                continue;
            }
            int cp = page.codePointAt(i);
            if (!isChinese(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < n && page.charAt(end) != '<') {
                int e = page.codePointAt(end);
                if (!isChinese(e)) {
                    break;
                }
                end += Character.charCount(e);
            }
            if (out == null) {
                out = new StringBuilder(n + n / 4);
            }
            out.append(page, copied, i);
            if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            words(page.substring(i, end), out);
            if (end < n && !Character.isWhitespace(page.charAt(end)) && page.charAt(end) != '<') {
                out.append(' ');
            }
            copied = end;
            i = end;
        }
        if (out == null) {
            return null;
        }
        return out.append(page, copied, n).toString();
    }

    /** Appends the words of {@code run} separated by single spaces. */
    private static void words(String run, StringBuilder out) {
        BreakIterator words = WORDS.get();
        words.setText(run);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (start > 0) {
                out.append(' ');
            }
            out.append(run, start, end);
        }
    }

    /** Han characters and the punctuation written with them (CJK symbols, full-width forms). */
    static boolean isChinese(int cp) {
        if (cp < 0x2E80) {
            return false; // Latin, Cyrillic, general punctuation: most of every page, decided at once
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF;
    }

    /** The index after the tag, comment or raw-text element (script, style) starting at {@code lt}. */
    private static int afterMarkup(String page, int lt) {
        if (page.startsWith("<!--", lt)) {
            int end = page.indexOf("-->", lt + 4);
            return end < 0 ? page.length() : end + 3;
        }
        int gt = page.indexOf('>', lt);
        if (gt < 0) {
            return page.length();
        }
        for (String raw : new String[] {"script", "style"}) {
            if (page.regionMatches(true, lt + 1, raw, 0, raw.length())) {
                int close = indexOfIgnoreCase(page, "</" + raw, gt);
                if (close < 0) {
                    return page.length();
                }
                int closeGt = page.indexOf('>', close);
                return closeGt < 0 ? page.length() : closeGt + 1;
            }
        }
        return gt + 1;
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i <= s.length() - what.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
