package org.docedition.render;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.docedition.link.Chronology;
import org.docedition.link.Edition;
import org.docedition.model.DocumentId;

/**
 * The template models of the chronology: years, months, entries in date order (partial dates first
 * in their period), undated entries last, and the timeline charts.
 *
 * <p>An edition of up to {@value #DEFAULT_YEAR_PAGES_ABOVE} documents (or the number the project's
 * {@code chronology.year.pages.above} setting gives) has it on one page, {@code chronology.html}.
 * A larger one gets a page per year ({@code chronology/<year>.html}, {@code chronology/undated.html})
 * and {@code chronology.html} becomes their index with the timeline: one page listing 10,000
 * documents weighs 3 MB, 100,000 documents 30 MB, more than a reader's browser should load to
 * find one year.
 */
final class ChronologyPageModel {

    /** The setting (in {@code jbake.properties}) above which the chronology has a page per year. */
    static final String YEAR_PAGES_SETTING = "chronology.year.pages.above";
    static final int DEFAULT_YEAR_PAGES_ABOVE = 1000;
    /** The folder of the year pages. */
    static final String FOLDER = "chronology";
    static final String UNDATED_PAGE = FOLDER + "/undated.html";

    private ChronologyPageModel() {
    }

    /** Whether {@code edition}, with more than {@code above} documents, gets a chronology page per year. */
    static boolean byYear(Edition edition, int above) {
        return edition.documents().size() > above;
    }

    /** The page of {@code year}, from the site's top. */
    static String yearUrl(int year) {
        return FOLDER + "/" + year + ".html";
    }

    /** Where a link from the site's top to {@code year} of the chronology goes. */
    static String yearLink(int year, boolean byYear) {
        return byYear ? yearUrl(year) : "chronology.html#y" + year;
    }

    /** Where a link from the site's top to the undated entries goes. */
    static String undatedLink(boolean byYear) {
        return byYear ? UNDATED_PAGE : "chronology.html#undated";
    }

    /** {@code chronology.html}: every entry, or (by year) the years, their counts and the timeline. */
    static Map<String, Object> of(Edition edition, boolean byYear) {
        Chronology c = edition.chronology();
        // from chronology.html: a year's page, or its section on this page
        java.util.function.IntFunction<String> link = year -> byYear ? yearUrl(year) : "#y" + year;
        List<Map<String, Object>> years = new ArrayList<>(c.years().size());
        for (Chronology.Year y : c.years()) {
            Map<String, Object> ym = byYear ? yearHeading(y) : year(edition, y);
            ym.put("url", link.apply(y.year()));
            years.add(ym);
        }
        Map<String, Object> m = new HashMap<>(8);
        m.put("byYear", byYear);
        m.put("years", years);
        m.put("undated", byYear ? List.of() : summaries(edition, c.undated()));
        m.put("undatedCount", c.undated().size());
        m.put("undatedUrl", byYear ? UNDATED_PAGE : "#undated");
        m.put("yearChart", TimelineChart.years(c.years(), link));
        m.put("total", edition.documents().size());
        return m;
    }

    /**
     * {@code chronology/<year>.html}, the year at {@code index} of the chronology's years: that
     * year's months and entries, and the years before and after (null at either end).
     */
    static Map<String, Object> yearPage(Edition edition, int index) {
        List<Chronology.Year> years = edition.chronology().years();
        Map<String, Object> m = new HashMap<>(8);
        m.put("year", year(edition, years.get(index)));
        m.put("previous", index > 0 ? neighbour(years.get(index - 1)) : null);
        boolean undatedNext = index == years.size() - 1 && !edition.chronology().undated().isEmpty();
        m.put("next", index < years.size() - 1 ? neighbour(years.get(index + 1))
                : undatedNext ? neighbour("Undated", "undated.html") : null);
        return m;
    }

    /** {@code chronology/undated.html}: the undated entries, after the last year. */
    static Map<String, Object> undatedPage(Edition edition) {
        List<Chronology.Year> years = edition.chronology().years();
        Map<String, Object> y = heading("Undated", "undated", edition.chronology().undated().size());
        y.put("yearOnly", summaries(edition, edition.chronology().undated()));
        y.put("months", List.of());
        Map<String, Object> m = new HashMap<>(8);
        m.put("year", y);
        m.put("previous", years.isEmpty() ? null : neighbour(years.get(years.size() - 1)));
        m.put("next", null);
        return m;
    }

    /**
     * What {@link #yearPage} reads (see {@link org.docedition.files.Memo}): the year with its
     * documents, the neighbouring years, whether undated documents follow the last year, and the
     * scale all month charts share.
     */
    static List<Object> yearInputs(Edition edition, int index) {
        List<Chronology.Year> years = edition.chronology().years();
        Chronology.Year y = years.get(index);
        List<DocumentId> ids = new ArrayList<>(y.yearOnly());
        for (Chronology.Month mo : y.months()) {
            ids.addAll(mo.monthOnly());
            ids.addAll(mo.days());
        }
        return java.util.Arrays.asList(y, edition.findAll(ids), index > 0 ? years.get(index - 1).year() : null,
                index < years.size() - 1 ? years.get(index + 1).year() : null,
                edition.chronology().undated().isEmpty(), TimelineChart.monthScale(edition.chronology()));
    }

    /** What {@link #undatedPage} reads: the undated documents and the last year. */
    static List<Object> undatedInputs(Edition edition) {
        List<Chronology.Year> years = edition.chronology().years();
        return java.util.Arrays.asList(edition.chronology().undated(),
                edition.findAll(edition.chronology().undated()),
                years.isEmpty() ? null : years.get(years.size() - 1).year());
    }

    private static Map<String, Object> neighbour(String label, String url) {
        return Map.of("label", label, "url", url);
    }

    /** The link from one year page to the page of {@code y}, beside it. */
    private static Map<String, Object> neighbour(Chronology.Year y) {
        return neighbour(Integer.toString(y.year()), y.year() + ".html");
    }

    /** A year's heading: year, anchor, count. */
    private static Map<String, Object> yearHeading(Chronology.Year y) {
        return heading(Integer.toString(y.year()), "y" + y.year(), y.count());
    }

    /** A section's heading: year (its label), anchor, count and countLabel. */
    private static Map<String, Object> heading(String label, String anchor, int count) {
        Map<String, Object> m = new HashMap<>(8);
        m.put("year", label);
        m.put("anchor", anchor);
        m.put("count", count);
        m.put("countLabel", TimelineChart.documents(count));
        return m;
    }

    /** A year with its entries: the heading, year-only entries, months and the month chart. */
    private static Map<String, Object> year(Edition edition, Chronology.Year y) {
        Map<String, Object> ym = yearHeading(y);
        ym.put("yearOnly", summaries(edition, y.yearOnly()));
        List<Map<String, Object>> months = new ArrayList<>(y.months().size());
        for (Chronology.Month mo : y.months()) {
            Map<String, Object> mm = new HashMap<>(8);
            String name = Month.of(mo.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            mm.put("label", name + " " + y.year());
            mm.put("anchor", TimelineChart.monthAnchor(y.year(), mo.month()));
            mm.put("count", mo.count());
            mm.put("countLabel", TimelineChart.documents(mo.count()));
            mm.put("monthOnly", summaries(edition, mo.monthOnly()));
            mm.put("days", summaries(edition, mo.days()));
            months.add(mm);
        }
        ym.put("months", months);
        ym.put("monthChart", TimelineChart.months(y, TimelineChart.monthScale(edition.chronology())));
        return ym;
    }

    private static List<Map<String, Object>> summaries(Edition edition, List<DocumentId> ids) {
        List<Map<String, Object>> list = new ArrayList<>(ids.size());
        for (DocumentId id : ids) {
            edition.find(id).map(DocumentSummary::of).ifPresent(list::add);
        }
        return list;
    }
}
