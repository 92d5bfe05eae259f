package org.docedition.correct;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.docedition.model.Problem;

/**
 * The editors' corrections, {@code content/corrections.csv}: a CSV file with a header row whose
 * columns are read by name ({@code seed, line, printed, corrected, note}; others are ignored, the
 * order is free), values in double quotes where they hold a comma. Lines starting with {@code #}
 * are comments.
 *
 * <p>A row with a line number corrects that seed line; a row whose line is {@code *} (or empty) is
 * a rule for every line of the seed ({@code *} as seed: of every seed), for a form that recurs
 * ("Cm. doc." for "See doc.").
 */
public final class CorrectionsFile {

    /** The file's usual place under the project's {@code content/} folder. */
    public static final String NAME = "corrections.csv";

    static final List<String> REQUIRED = List.of("seed", "line", "printed", "corrected");

    /**
     * One row.
     *
     * @param seed      the seed file name ({@code 003_x.txt}, or {@code seeds/003_x.txt}), or {@code *}
     * @param line      the seed line, or 0 for a rule
     * @param printed   the text as printed
     * @param corrected the reading, possibly empty (a deletion)
     * @param note      why, or empty
     * @param row       the row's line in this file
     */
    record Entry(String seed, int line, String printed, String corrected, String note, int row) {

        boolean rule() {
            return line == 0;
        }

        /** Whether this entry is about the seed the editor knows as {@code file} ({@code seeds/003_x.txt}). */
        boolean names(String file) {
            if (seed.equals("*") || seed.equals(file)) {
                return true;
            }
            int slash = file.lastIndexOf('/');
            return file.substring(slash + 1).equals(seed.substring(seed.lastIndexOf('/') + 1));
        }
    }

    private final String displayName;
    private final List<Entry> entries;

    private CorrectionsFile(String displayName, List<Entry> entries) {
        this.displayName = displayName;
        this.entries = List.copyOf(entries);
    }

    /** No corrections. */
    static CorrectionsFile none() {
        return new CorrectionsFile(NAME, List.of());
    }

    /** Reads {@code path}, called {@code displayName} in messages; a missing file holds no corrections. */
    static CorrectionsFile read(Path path, String displayName, List<Problem> problems) {
        if (!Files.isRegularFile(path)) {
            return new CorrectionsFile(displayName, List.of());
        }
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(displayName, in, problems);
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error(displayName, 0, "cannot read the corrections: " + e.getMessage()));
            return new CorrectionsFile(displayName, List.of());
        }
    }

    /** Reads a corrections file's text. */
    static CorrectionsFile parse(String displayName, String text, List<Problem> problems) {
        try {
            return parse(displayName, new StringReader(text), problems);
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error(displayName, 0, "cannot read the corrections: " + e.getMessage()));
            return new CorrectionsFile(displayName, List.of());
        }
    }

    private static CorrectionsFile parse(String displayName, Reader in, List<Problem> problems) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        List<Entry> entries = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
            boolean headerChecked = false;
            while (rows.hasNextValue()) {
                Map<String, String> raw = rows.nextValue();
                int row = rows.getParser().currentTokenLocation().getLineNr();
                Map<String, String> r = lowerCaseKeys(raw);
                if (!headerChecked) {
                    headerChecked = true;
                    List<String> missing = REQUIRED.stream().filter(c -> !r.containsKey(c)).toList();
                    if (!missing.isEmpty()) {
                        problems.add(Problem.error(displayName, 1, "the header row lacks the column"
                                + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                                + "; expected seed,line,printed,corrected,note"));
                        return new CorrectionsFile(displayName, List.of());
                    }
                }
                Entry e = entry(r, row, displayName, problems);
                if (e != null) {
                    entries.add(e);
                }
            }
        }
        return new CorrectionsFile(displayName, entries);
    }

    private static Entry entry(Map<String, String> r, int row, String displayName, List<Problem> problems) {
        String seed = value(r, "seed");
        String lineText = value(r, "line");
        // the printed and corrected texts keep their spaces: a deletion may start with ", "
        String printed = r.getOrDefault("printed", "") == null ? "" : r.getOrDefault("printed", "");
        String corrected = r.getOrDefault("corrected", "") == null ? "" : r.getOrDefault("corrected", "");
        String note = value(r, "note");
        if (seed.isEmpty() && lineText.isEmpty() && printed.isEmpty() && corrected.isEmpty()) {
            return null;
        }
        if (seed.isEmpty()) {
            problems.add(Problem.error(displayName, row, "no seed file given; write its name (003_x.txt) or * for every seed"));
            return null;
        }
        if (printed.isBlank()) {
            problems.add(Problem.error(displayName, row, "no printed text given: a correction says what it corrects"));
            return null;
        }
        if (printed.equals(corrected)) {
            problems.add(Problem.warning(displayName, row, "the correction reads the same as the printed text: '"
                    + printed + "'; row ignored"));
            return null;
        }
        int line;
        if (lineText.isEmpty() || lineText.equals("*")) {
            line = 0;
        } else {
            try {
                line = Integer.parseInt(lineText);
            } catch (NumberFormatException e) {
                line = -1;
            }
            if (line < 1) {
                problems.add(Problem.error(displayName, row, "line '" + lineText
                        + "' is not a line number; write the seed line, or * for every line"));
                return null;
            }
        }
        if (seed.equals("*") && line != 0) {
            problems.add(Problem.error(displayName, row, "a line number needs a seed file, not *"));
            return null;
        }
        return new Entry(seed, line, printed, corrected, note, row);
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> raw) {
        Map<String, String> out = new java.util.HashMap<>();
        raw.forEach((k, v) -> out.put(k.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), v));
        return out;
    }

    private static String value(Map<String, String> r, String column) {
        String v = r.get(column);
        return v == null ? "" : v.strip();
    }

    String displayName() {
        return displayName;
    }

    List<Entry> entries() {
        return entries;
    }
}
