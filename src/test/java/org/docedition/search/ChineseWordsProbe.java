package org.docedition.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Prints {@link ChineseWords#spaced} of what it reads on standard input. {@code ChineseWordsJarIT}
 * runs it on the shaded jar, whose ICU lacks the data and code the build leaves out.
 */
public final class ChineseWordsProbe {

    private ChineseWordsProbe() {
    }

    public static void main(String[] args) throws IOException {
        String page = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        String spaced = ChineseWords.spaced(page);
        System.out.write((spaced == null ? "" : spaced).getBytes(StandardCharsets.UTF_8));
        System.out.flush();
    }
}
