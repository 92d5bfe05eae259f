package org.docedition.apparatus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docedition.model.Person;
import org.docedition.model.Problem;

/**
 * The editors' authority file of persons, {@code content/persons.csv} (see {@link AuthorityCsv} and
 * the README's "Authority files"): id, display name, sort name, names in Cyrillic and Chinese, life
 * dates, role, variants, Wikidata and VIAF ids, sources. The old three-column form
 * {@code id,name,variant|variant}, with or without its header, is read as well.
 *
 * <p>A row whose name or a variant is the name a biographical note prints ({@code Gong Qingling})
 * gives that note's person its id, its facts and more variants; any other row adds a person the
 * notes do not describe ({@code Zhou Enlai}).
 */
public final class PersonsFile {

    /** The file's usual place under the project's {@code content/} folder. */
    public static final String NAME = "persons.csv";

    static final List<String> COLUMNS = List.of("id", "name", "sort_name", "name_ru", "name_zh", "born", "died",
            "role", "variants", "wikidata", "viaf", "source");
    private static final List<String> OLD_COLUMNS = List.of("id", "name", "variants");

    /**
     * A person as the file lists it.
     *
     * @param person the person, without notes; its variants do not repeat the name
     * @param line   the file's line
     */
    record Listed(Person person, int line) {

        String id() {
            return person.id();
        }

        String name() {
            return person.name();
        }

        List<String> variants() {
            return person.variants();
        }
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
        return of(displayName, AuthorityCsv.read(path, displayName, COLUMNS, OLD_COLUMNS, problems), problems);
    }

    /** Reads the lines of a persons file called {@code displayName} in messages. */
    static PersonsFile parse(String displayName, List<String> lines, List<Problem> problems) {
        String text = String.join("\n", lines);
        return of(displayName, AuthorityCsv.parse(displayName, text, COLUMNS, OLD_COLUMNS, problems), problems);
    }

    private static PersonsFile of(String display, List<AuthorityCsv.Row> rows, List<Problem> problems) {
        List<Listed> persons = new ArrayList<>();
        for (AuthorityCsv.Row row : AuthorityCsv.entries(display, rows, problems)) {
            String id = row.get("id");
            String name = row.get("name");
            List<String> variants = AuthorityCsv.variants(row);
            Person p = new Person(id, name, row.get("sort_name"), row.get("name_ru"), row.get("name_zh"),
                    AuthorityCsv.date(display, row, "born", problems), AuthorityCsv.date(display, row, "died", problems),
                    row.get("role"), variants,
                    AuthorityCsv.shaped(display, row, "wikidata", "Q[1-9][0-9]*", "Q1510", problems),
                    AuthorityCsv.shaped(display, row, "viaf", "[1-9][0-9]*", "a number such as 27066712", problems),
                    row.values("source"), List.of());
            persons.add(new Listed(p, row.line()));
        }
        return new PersonsFile(display, persons);
    }

    String file() {
        return file;
    }

    List<Listed> persons() {
        return persons;
    }
}
