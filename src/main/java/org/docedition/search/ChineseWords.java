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

    /** The attribute that marks Chinese text (lang="zh", "zh-Hans", "zh-Hant"), as ASCII bytes. */
    private static final byte[] CHINESE_LANG = "lang=\"zh".getBytes(StandardCharsets.US_ASCII);

    /**
     * The page {@code html} (UTF-8) with its Chinese split into words, or null when it has no text
     * marked as Chinese ({@code lang="zh…"}). A page without that mark is indexed as it is, as all
     * pages were before: on a 10,000-document edition about 5 of 6 collection documents name
     * People's Daily (人民日报) in their lists of related documents, outside what Pagefind indexes,
     * and rewriting them all cost about half of this class's time.
     */
    static byte[] forIndex(byte[] html) {
        if (!contains(html, CHINESE_LANG)) {
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

    private static boolean contains(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i <= bytes.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
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
