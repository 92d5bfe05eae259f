package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar keeps only the part of ICU that Chinese word breaks need (see the shade filter in
 * pom.xml). This runs the word splitter from that jar alone, without Maven's full ICU on the class
 * path, on every Chinese original of the seeds, and expects the words the full ICU gives.
 */
class ChineseWordsJarIT {

    private static final Path JAR = Path.of("target", "docedition.jar");

    @Test
    void spaced_onTheShadedJar_equalsFullIcu() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the integration phase runs after the jar is packaged: " + JAR);
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int chinese = 0;
        for (Path seed : seeds) {
            String text = Files.readString(seed, StandardCharsets.UTF_8).replace('<', ' ');
            String page = "<main><div lang=\"zh-Hans\">" + text + "</div></main>";
            String expected = ChineseWords.spaced(page);
            if (expected == null) {
                continue;
            }
            chinese++;
            assertEquals(expected, fromJar(page), "words of " + seed.getFileName() + " through the shaded jar");
        }
        assertTrue(chinese >= 3, "the seeds hold three People's Daily originals; found Chinese in " + chinese);
    }

    /** {@link ChineseWords#spaced} computed in a child JVM whose only ICU is the shaded jar's. */
    private static String fromJar(String page) throws IOException, InterruptedException {
        String classpath = JAR.toAbsolutePath() + File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", classpath, ChineseWordsProbe.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var in = p.getOutputStream()) {
            in.write(page.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe finished");
        assertEquals(0, p.exitValue(), "the probe's exit status");
        return out;
    }
}
