package org.docedition.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the per-stage timings a build prints with {@code --timings}: one line per stage,
 * {@code timing render 1234} (the CLI's form) or {@code stage render 1234 ms}.
 */
final class TimingParser {

    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:timing|stage)\\s+([A-Za-z][\\w-]*)\\s+(\\d+)(?:\\s*ms)?\\s*$", Pattern.MULTILINE);

    private TimingParser() {
    }

    /** Stage name to milliseconds, in printed order; a stage printed twice is summed. */
    static Map<String, Long> parse(String output) {
        Map<String, Long> stages = new LinkedHashMap<>();
        Matcher m = LINE.matcher(output);
        while (m.find()) {
            stages.merge(m.group(1), Long.parseLong(m.group(2)), Long::sum);
        }
        return stages;
    }
}
