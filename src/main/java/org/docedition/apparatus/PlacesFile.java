package org.docedition.apparatus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docedition.model.Place;
import org.docedition.model.Problem;

/**
 * The editors' authority file of places, {@code content/places.csv} (see {@link AuthorityCsv} and
 * the README's "Authority files"): id, name, sort name, names in Cyrillic and Chinese, today's
 * name, kind, description, variants, coordinates, Wikidata and GeoNames ids, sources.
 */
public final class PlacesFile {

    /** The file's usual place under the project's {@code content/} folder. */
    public static final String NAME = "places.csv";

    static final List<String> COLUMNS = List.of("id", "name", "sort_name", "name_ru", "name_zh", "current_name",
            "kind", "description", "variants", "latitude", "longitude", "wikidata", "geonames", "source");

    /**
     * A place as the file lists it.
     *
     * @param place the place; its variants do not repeat the name
     * @param line  the file's line
     */
    record Listed(Place place, int line) {
    }

    private final String file;
    private final List<Listed> places;

    private PlacesFile(String file, List<Listed> places) {
        this.file = file;
        this.places = List.copyOf(places);
    }

    /** No places. */
    public static PlacesFile none() {
        return new PlacesFile(NAME, List.of());
    }

    /** Reads {@code path}; a missing file has no places, bad lines are problems. */
    public static PlacesFile read(Path path, String displayName, List<Problem> problems) {
        return of(displayName, AuthorityCsv.read(path, displayName, COLUMNS, List.of(), problems), problems);
    }

    /** Reads the text of a places file called {@code displayName} in messages. */
    static PlacesFile parse(String displayName, String text, List<Problem> problems) {
        return of(displayName, AuthorityCsv.parse(displayName, text, COLUMNS, List.of(), problems), problems);
    }

    private static PlacesFile of(String display, List<AuthorityCsv.Row> rows, List<Problem> problems) {
        List<Listed> places = new ArrayList<>();
        for (AuthorityCsv.Row row : AuthorityCsv.entries(display, rows, problems)) {
            String id = row.get("id");
            String name = row.get("name");
            List<String> variants = AuthorityCsv.variants(row);
            String lat = AuthorityCsv.degrees(display, row, "latitude", 90, problems);
            String lon = AuthorityCsv.degrees(display, row, "longitude", 180, problems);
            if (lat.isEmpty() != lon.isEmpty()) {
                problems.add(Problem.warning(display, row.line(), "'" + id
                        + "' has only one coordinate: give latitude and longitude, or neither"));
            }
            Place p = new Place(id, name, row.get("sort_name"), row.get("name_ru"), row.get("name_zh"),
                    row.get("current_name"), row.get("kind"), row.get("description"), variants, lat, lon,
                    AuthorityCsv.shaped(display, row, "wikidata", "Q[1-9][0-9]*", "Q1510", problems),
                    AuthorityCsv.shaped(display, row, "geonames", "[1-9][0-9]*", "a number such as 1816670", problems),
                    row.values("source"));
            places.add(new Listed(p, row.line()));
        }
        return new PlacesFile(display, places);
    }

    String file() {
        return file;
    }

    List<Listed> places() {
        return places;
    }
}
