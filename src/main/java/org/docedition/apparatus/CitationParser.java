package org.docedition.apparatus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.ArchiveCitation;
import org.docedition.model.CitationParts;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Problem;

/**
 * Reads an archive citation into its parts: {@code AVPRF. F. 0100. Op. 47. P. 384. D. 52. L. 12-20.}
 * and newspaper citations such as {@code Truth. 1954. 12 Oct.} (Pravda, its name translated).
 *
 * <p>The archive or newspaper is the text before the first full stop; known names and their
 * translations and typos are read through {@link #HOLDERS}. A name the table does not know is kept
 * as printed, except one that is the end of exactly one known name ({@code ews} of {@code News}):
 * that is read as the known name and reported, since the line looks cut off.
 */
final class CitationParser {

    /**
     * A known archive or newspaper.
     *
     * @param name the name the edition uses
     * @param type archive or newspaper
     * @param full its full name, for pages
     */
    record Holder(String name, CitationParts.Type type, String full) {
    }

    private static final Holder AVP_RF = new Holder("AVP RF", CitationParts.Type.ARCHIVE,
            "Archive of Foreign Policy of the Russian Federation");
    private static final Holder PRAVDA = new Holder("Pravda", CitationParts.Type.NEWSPAPER, "Pravda (Moscow)");
    private static final Holder IZVESTIA = new Holder("Izvestia", CitationParts.Type.NEWSPAPER, "Izvestia (Moscow)");
    private static final Holder RENMIN = new Holder("People's Daily", CitationParts.Type.NEWSPAPER,
            "People's Daily (Renmin Ribao, Beijing)");

    /**
     * Names as printed, lower case, to the holder they name. The collection's English is a machine
     * translation: "Truth" is Pravda, "News" is Izvestia, "WUA RF" is the Russian abbreviation
     * AVP RF read wrongly.
     */
    static final Map<String, Holder> HOLDERS = Map.of(
            "avprf", AVP_RF,
            "avp rf", AVP_RF,
            "wua rf", AVP_RF,
            "truth", PRAVDA,
            "pravda", PRAVDA,
            "news", IZVESTIA,
            "izvestia", IZVESTIA,
            "people's daily", RENMIN);

    private static final Pattern PART = Pattern.compile(
            "\\G[\\s,]*(F|Op|P|D|L)\\.?\\s+([0-9A-Za-z]+(?:\\s*[-\\u2013]\\s*[0-9A-Za-z]+)?(?:\\s*,\\s*[0-9]+(?:\\s*[-\\u2013]\\s*[0-9]+)?)*)\\.?");
    private static final Pattern DAY_MONTH = Pattern.compile("^(\\d{4})\\.?\\s+(\\d{1,2})\\s+([A-Za-z]+)\\.?(.*)$",
            Pattern.DOTALL);
    private static final Pattern MONTH_DAY = Pattern.compile("^(\\d{4})\\.?\\s+([A-Za-z]+)\\.?\\s+(\\d{1,2})\\.?(.*)$",
            Pattern.DOTALL);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private CitationParser() {
    }

    /** The parts of {@code citation}, a citation of a document in {@code file}; doubtful readings are problems. */
    static CitationParts parse(ArchiveCitation citation, String file, List<Problem> problems) {
        String text = citation.text().strip();
        int dot = text.indexOf('.');
        String printed = dot < 0 ? text : text.substring(0, dot).strip();
        String rest = dot < 0 ? "" : text.substring(dot + 1).strip();
        Optional<Holder> holder = holder(printed, citation, file, problems);
        String name = holder.map(Holder::name).orElse(printed);

        Matcher date = DAY_MONTH.matcher(rest);
        if (date.matches() && month(date.group(3)) > 0) {
            return newspaper(name, printed, Integer.parseInt(date.group(1)), month(date.group(3)),
                    Integer.parseInt(date.group(2)), date.group(4));
        }
        date = MONTH_DAY.matcher(rest);
        if (date.matches() && month(date.group(2)) > 0) {
            return newspaper(name, printed, Integer.parseInt(date.group(1)), month(date.group(2)),
                    Integer.parseInt(date.group(3)), date.group(4));
        }

        String[] parts = new String[5];
        Matcher m = PART.matcher(rest);
        int end = 0;
        while (m.find()) {
            int index = switch (m.group(1)) {
                case "F" -> 0;
                case "Op" -> 1;
                case "P" -> 2;
                case "D" -> 3;
                default -> 4;
            };
            if (parts[index] != null) {
                break;
            }
            parts[index] = m.group(2).replaceAll("\\s+", "");
            end = m.end();
        }
        if (parts[0] != null) {
            return new CitationParts(CitationParts.Type.ARCHIVE, name, printed, parts[0], parts[1], parts[2],
                    parts[3], parts[4], Optional.empty(), clean(rest.substring(end)));
        }
        // an unknown holder that calls itself an archive ("Archive of Tianjin") is one, without a fond
        boolean archive = holder.map(h -> h.type() == CitationParts.Type.ARCHIVE)
                .orElse(name.toLowerCase(Locale.ROOT).contains("archive"));
        return new CitationParts(archive ? CitationParts.Type.ARCHIVE : CitationParts.Type.OTHER, name, printed, "", "", "", "", "", Optional.empty(), clean(rest));
    }

    /** The full name of a known holder, or {@code name} itself. */
    static String fullName(String name) {
        for (Holder h : HOLDERS.values()) {
            if (h.name().equals(name)) {
                return h.full();
            }
        }
        return name;
    }

    private static CitationParts newspaper(String name, String printed, int year, int month, int day, String rest) {
        Optional<HistoricalDate> issue;
        try {
            issue = Optional.of(HistoricalDate.ofDay(year, month, day));
        } catch (RuntimeException e) {
            issue = Optional.empty();
        }
        return new CitationParts(CitationParts.Type.NEWSPAPER, name, printed, "", "", "", "", "", issue, clean(rest));
    }

    private static Optional<Holder> holder(String printed, ArchiveCitation citation, String file,
                                           List<Problem> problems) {
        String key = printed.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
        Holder known = HOLDERS.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Holder cut = null;
        int matches = 0;
        for (Map.Entry<String, Holder> e : HOLDERS.entrySet()) {
            if (key.length() >= 2 && e.getKey().endsWith(key) && !e.getKey().equals(key)) {
                if (cut == null || !cut.equals(e.getValue())) {
                    matches++;
                }
                cut = e.getValue();
            }
        }
        if (matches == 1) {
            problems.add(Problem.warning(file, citation.line(), "archive '" + printed + "' read as " + cut.name()
                    + " (the line looks cut off)"));
            return Optional.of(cut);
        }
        return Optional.empty();
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        if (m.length() < 3) {
            return 0;
        }
        int i = MONTHS.indexOf(m.substring(0, 3));
        return i < 0 ? 0 : i + 1;
    }

    private static String clean(String rest) {
        return rest.strip().replaceAll("^[,.;\\s]+", "").strip();
    }
}
