package org.docedition.apparatus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.docedition.model.Problem;

/**
 * An authority file as the editors keep it in a spreadsheet: CSV (RFC 4180, UTF-8), comment lines
 * starting with {@code #}, a header whose columns are read by name, multi-valued fields separated by
 * {@code |}. Every row keeps the line it starts on, so each problem names it.
 */
final class AuthorityCsv {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern VALUES = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * One row.
     *
     * @param line   the file's line the row starts on
     * @param fields the row's known fields by column name
     */
    record Row(int line, Map<String, String> fields) {

        String get(String column) {
            return fields.getOrDefault(column, "").strip();
        }

        /** The values of a multi-valued field, blanks dropped. */
        List<String> values(String column) {
            List<String> out = new ArrayList<>();
            for (String v : VALUES.split(get(column))) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
            return out;
        }
    }

    private AuthorityCsv() {
    }

    /**
     * The rows of {@code path}, called {@code display} in messages; a missing file has none.
     *
     * @param columns   the columns this file knows; others are ignored with one warning
     * @param oldHeader the columns of a file without a header line (the old persons file), or empty
     */
    static List<Row> read(Path path, String display, List<String> columns, List<String> oldHeader,
                          List<Problem> problems) {
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.error(display, 0, "cannot read the file: " + e.getMessage()));
            return List.of();
        }
        return parse(display, text, columns, oldHeader, problems);
    }

    /** The rows of {@code text}, a file called {@code display} in messages. */
    static List<Row> parse(String display, String text, List<String> columns, List<String> oldHeader,
                           List<Problem> problems) {
        text = text.replace("\uFEFF", "");
        int[] lineStarts = lineStarts(text);
        if (text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"))) {
            return List.of();
        }
        boolean headed = hasHeader(text);
        if (!headed && oldHeader.isEmpty()) {
            problems.add(Problem.error(display, firstContentLine(text, lineStarts), "the first line must be the header: "
                    + String.join(",", columns)));
            return List.of();
        }
        CSVFormat.Builder format = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).setTrim(true);
        format = headed ? format.setHeader().setSkipHeaderRecord(true) : format.setHeader(oldHeader.toArray(String[]::new));
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format.build())) {
            List<String> header = new ArrayList<>();
            for (String h : parser.getHeaderNames()) {
                header.add(h.strip().toLowerCase(Locale.ROOT));
            }
            Set<String> unknown = new LinkedHashSet<>(header);
            unknown.removeAll(columns);
            unknown.remove("");
            int headerLine = firstContentLine(text, lineStarts);
            if (!unknown.isEmpty()) {
                problems.add(Problem.warning(display, headerLine, "column" + (unknown.size() == 1 ? " " : "s ")
                        + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList())
                        + " not read by the edition: ignored (known columns: " + String.join(", ", columns) + ")"));
            }
            if (!header.contains("id") || !header.contains("name")) {
                problems.add(Problem.error(display, headerLine, "the header must name the columns 'id' and 'name'"));
                return List.of();
            }
            for (CSVRecord r : parser) {
                int line = recordLine(text, lineStarts, (int) r.getCharacterPosition());
                if (r.size() > header.size()) {
                    problems.add(Problem.warning(display, line, r.size() + " fields for " + header.size()
                            + " columns: the extra ones are ignored (quote a field that holds a comma: \"...\")"));
                }
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < Math.min(r.size(), header.size()); i++) {
                    if (columns.contains(header.get(i))) {
                        fields.put(header.get(i), r.get(i));
                    }
                }
                if (fields.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new Row(line, fields));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(Problem.error(display, 0, "not a readable CSV file: " + e.getMessage()));
        }
        return rows;
    }

    /** Whether {@code id} is a valid page name; warns and says no otherwise. */
    /**
     * The rows that make an entry: a valid id, a name, an id not listed before. Every other row is
     * a warning with its line, so persons.csv and places.csv say the same of the same fault.
     */
    static List<Row> entries(String display, List<Row> rows, List<Problem> problems) {
        List<Row> entries = new ArrayList<>(rows.size());
        Set<String> ids = new java.util.HashSet<>();
        for (Row row : rows) {
            if (!validId(display, row, problems)) {
                continue;
            }
            String id = row.get("id");
            if (row.get("name").isEmpty()) {
                problems.add(Problem.warning(display, row.line(), "'" + id + "' has no name: line ignored"));
            } else if (!ids.add(id)) {
                problems.add(Problem.warning(display, row.line(), "id '" + id + "' is listed twice: line ignored"));
            } else {
                entries.add(row);
            }
        }
        return entries;
    }

    /** The row's variants, each once, without the name itself. */
    static List<String> variants(Row row) {
        Set<String> variants = new LinkedHashSet<>(row.values("variants"));
        variants.remove(row.get("name"));
        return List.copyOf(variants);
    }

    static boolean validId(String display, Row row, List<Problem> problems) {
        String id = row.get("id");
        if (ID.matcher(id).matches()) {
            return true;
        }
        problems.add(Problem.warning(display, row.line(), id.isEmpty() ? "no id: line ignored"
                : "id '" + id + "' must be lower-case letters, digits and single hyphens: line ignored"));
        return false;
    }

    /** The date of {@code column} if it is an ISO date or year; else a warning and empty. */
    static String date(String display, Row row, String column, List<Problem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return "";
        }
        var m = ISO_DATE.matcher(value);
        boolean ok = m.matches();
        if (ok) {
            try {
                int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
                LocalDate.of(Integer.parseInt(m.group(1)), month, day);
            } catch (DateTimeException e) {
                ok = false;
            }
        }
        if (!ok) {
            problems.add(Problem.warning(display, row.line(), column + " '" + value
                    + "' is not a date: write 1894-04-15, 1894-04 or 1894 (left empty)"));
            return "";
        }
        return value;
    }

    /** The field {@code column} if it matches {@code shape}; else a warning and empty. */
    static String shaped(String display, Row row, String column, String shape, String example, List<Problem> problems) {
        String value = row.get(column);
        if (value.isEmpty() || value.matches(shape)) {
            return value;
        }
        problems.add(Problem.warning(display, row.line(), column + " '" + value + "' should look like " + example
                + " (left empty)"));
        return "";
    }

    /** A coordinate within {@code limit} degrees, as written; else a warning and empty. */
    static String degrees(String display, Row row, String column, double limit, List<Problem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return "";
        }
        try {
            double d = Double.parseDouble(value);
            if (Math.abs(d) <= limit && value.matches("-?\\d+(\\.\\d+)?")) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Problem.warning(display, row.line(), column + " '" + value
                + "' is not decimal degrees between -" + (int) limit + " and " + (int) limit + " (left empty)"));
        return "";
    }

    /** Whether the first line that is neither blank nor a comment names the column {@code id}. */
    private static boolean hasHeader(String text) {
        for (String line : text.split("\r?\n|\r", -1)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            return Arrays.stream(s.split(",")).map(f -> f.replace("\"", "").strip().toLowerCase(Locale.ROOT))
                    .anyMatch("id"::equals);
        }
        return true;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The line a record starts on: its position may stand before the comments and blank lines it skipped. */
    private static int recordLine(String text, int[] starts, int position) {
        int line = lineOf(starts, Math.max(0, Math.min(position, text.length())));
        while (line < starts.length) {
            int from = starts[line - 1];
            int to = line < starts.length ? starts[line] : text.length();
            String s = text.substring(from, Math.min(to, text.length())).strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                break;
            }
            line++;
        }
        return line;
    }

    private static int firstContentLine(String text, int[] starts) {
        return recordLine(text, starts, 0);
    }
}
