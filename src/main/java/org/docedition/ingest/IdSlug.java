package org.docedition.ingest;

import java.text.Normalizer;
import java.util.Locale;
import org.docedition.model.DocumentId;

/**
 * Makes document ids from source identifiers and titles: lower-case ASCII letters, digits and
 * single hyphens, never empty, never longer than {@link DocumentId#MAX_LENGTH}.
 *
 * <p>Whatever a title holds ({@code ../}, slashes, NUL, Chinese, 10,000 characters) the result is
 * a valid id, so a file name made from it cannot leave the site.
 */
final class IdSlug {

    /** Used when a title has no letters or digits that survive (a Chinese title, punctuation). */
    static final String FALLBACK = "untitled";
    /** Titles are cut to this many characters before slugging; ids are short anyway. */
    private static final int READ_AT_MOST = 2_000;

    private IdSlug() {
    }

    /**
     * The slug of the first {@code words} words of {@code text} ({@code 0}: all of them), or an
     * empty string when nothing survives.
     */
    static String slug(String text, int words) {
        String head = text.length() > READ_AT_MOST ? text.substring(0, READ_AT_MOST) : text;
        // apostrophes join ("People's" -> "peoples"); accents fold ("Guo Moruò" -> "guo-moruo")
        String folded = Normalizer.normalize(head.replace("'", "").replace("\u2019", ""), Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int taken = 0;
        boolean inWord = false;
        boolean pendingHyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (SeedText.isSpace(c)) {
                if (inWord) {
                    taken++;
                    inWord = false;
                    if (words > 0 && taken >= words) {
                        break;
                    }
                }
                pendingHyphen = out.length() > 0;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (pendingHyphen) {
                    out.append('-');
                    pendingHyphen = false;
                }
                out.append(c);
                inWord = true;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // the accent of a folded letter
            } else {
                pendingHyphen = out.length() > 0;
            }
        }
        return out.toString();
    }

    /**
     * An id joined from {@code parts} (each slugged, empty ones skipped), cut at a hyphen to fit
     * {@link DocumentId#MAX_LENGTH}; {@value #FALLBACK} when nothing is left.
     */
    static DocumentId id(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            String s = slug(part, 0);
            if (!s.isEmpty()) {
                if (b.length() > 0) {
                    b.append('-');
                }
                b.append(s);
            }
            if (b.length() > DocumentId.MAX_LENGTH) {
                break;
            }
        }
        return new DocumentId(bound(b.length() == 0 ? FALLBACK : b.toString()));
    }

    /** {@code slug} cut to {@link DocumentId#MAX_LENGTH}, preferring a cut at a hyphen. */
    static String bound(String slug) {
        if (slug.length() <= DocumentId.MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, DocumentId.MAX_LENGTH);
        int hyphen = cut.lastIndexOf('-');
        if (hyphen > DocumentId.MAX_LENGTH / 2) {
            cut = cut.substring(0, hyphen);
        }
        while (cut.endsWith("-")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.isEmpty() ? FALLBACK : cut;
    }
}
