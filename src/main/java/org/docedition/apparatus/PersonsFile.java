package org.docedition.apparatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.docedition.model.Problem;

/**
 * The editors' list of persons and name variants, {@code content/persons.csv}: one person a line,
 * {@code id,name,variant|variant|...}. Lines starting with {@code #} are comments; a first line
 * {@code id,name,variants} is a header. Names hold no commas.
 *
 * <p>A line whose name or a variant is the name a biographical note prints ({@code Gong Qingling})
 * gives that note's person its id, its name and more variants; any other line adds a person the
 * notes do not describe ({@code Zhou Enlai}).
 */
public final class PersonsFile {

    /** The file's usual place under the project's {@code content/} folder. */
    public static final String NAME = "persons.csv";

    /**
     * A person as the file lists it.
     *
     * @param id       the page's file name, {@code persons/<id>.html}
     * @param name     the name shown
     * @param variants other forms and spellings
     * @param line     the file's line
     */
    record Listed(String id, String name, List<String> variants, int line) {
    }

    private final String file;
    private final List<Listed> persons;

    private PersonsFile(String file, List<Listed> persons) {
        this.file = file;
        this.persons = List.copyOf(persons);
    }

    /** An empty list: persons come from the notes alone. */
    public static PersonsFile none() {
        return new PersonsFile(NAME, List.of());
    }

    /** Reads {@code path}; a missing file is an empty list, bad lines are problems. */
    public static PersonsFile read(Path path, String displayName, List<Problem> problems) {
        if (!Files.isRegularFile(path)) {
            return new PersonsFile(displayName, List.of());
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Problem.error(displayName, 0, "cannot read the persons file: " + e.getMessage()));
            return new PersonsFile(displayName, List.of());
        }
        return parse(displayName, lines, problems);
    }

    /** Reads the lines of a persons file called {@code displayName} in messages. */
    static PersonsFile parse(String displayName, List<String> lines, List<Problem> problems) {
        List<Listed> persons = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (first && line.toLowerCase(java.util.Locale.ROOT).startsWith("id,")) {
                first = false;
                continue;
            }
            first = false;
            String[] fields = line.split(",", 3);
            if (fields.length < 2 || fields[1].isBlank()) {
                problems.add(Problem.warning(displayName, number, "expected 'id,name,variant|variant': line ignored"));
                continue;
            }
            String id = fields[0].strip();
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problems.add(Problem.warning(displayName, number, "id '" + id
                        + "' must be lower-case letters, digits and single hyphens: line ignored"));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(Problem.warning(displayName, number, "id '" + id + "' is listed twice: line ignored"));
                continue;
            }
            List<String> variants = new ArrayList<>();
            if (fields.length == 3) {
                for (String v : fields[2].split("\\|")) {
                    if (!v.isBlank()) {
                        variants.add(v.strip());
                    }
                }
            }
            persons.add(new Listed(id, fields[1].strip(), variants, number));
        }
        return new PersonsFile(displayName, persons);
    }

    String file() {
        return file;
    }

    List<Listed> persons() {
        return persons;
    }
}
