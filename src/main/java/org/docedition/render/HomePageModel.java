package org.docedition.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docedition.link.Chronology;
import org.docedition.link.Edition;
import org.docedition.model.Document;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.Source;

/** The template models of the home page and the sources page: what the edition holds, counted. */
final class HomePageModel {

    private HomePageModel() {
    }

    /** Keys: total, kinds, years, undated, sources, first, last, references, unresolved. */
    /**
     * Also keys: undatedUrl and each year's url, to the chronology's year pages when
     * {@code chronologyByYear} (see {@link ChronologyPageModel}).
     */
    static Map<String, Object> of(Edition edition, boolean chronologyByYear) {
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        int withoutText = 0;
        for (Document d : edition.documents()) {
            perKind.merge(d.kind(), 1, Integer::sum);
            if (!d.textInSource()) {
                withoutText++;
            }
        }
        List<Map<String, Object>> kinds = new ArrayList<>();
        perKind.forEach((k, n) -> kinds.add(Map.of("label", k.label(), "slug", k.slug(), "count", n)));
        List<Map<String, Object>> years = new ArrayList<>();
        for (Chronology.Year y : edition.chronology().years()) {
            years.add(Map.of("year", Integer.toString(y.year()), "anchor", "y" + y.year(), "count", y.count(),
                    "url", ChronologyPageModel.yearLink(y.year(), chronologyByYear)));
        }
        int references = 0;
        int unresolved = 0;
        for (var links : edition.links().values()) {
            references += links.references().size();
            unresolved += (int) links.references().stream().filter(r -> !r.resolved()).count();
        }
        Map<String, Object> m = new HashMap<>(16);
        m.put("total", edition.documents().size());
        m.put("withoutText", withoutText);
        m.put("kinds", kinds);
        m.put("years", years);
        m.put("undated", edition.chronology().undated().size());
        m.put("undatedUrl", ChronologyPageModel.undatedLink(chronologyByYear));
        m.put("sources", sources(edition));
        m.put("first", edition.documents().stream().flatMap(d -> d.date().stream()).findFirst()
                .map(HistoricalDate::label).orElse(""));
        m.put("last", lastDate(edition));
        m.put("references", references);
        m.put("unresolved", unresolved);
        return m;
    }

    /** Per source, in the order the edition lists them: title, kind, counts and date range. */
    static List<Map<String, Object>> sources(Edition edition) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, HistoricalDate[]> range = new HashMap<>();
        for (Source s : edition.sources()) {
            counts.put(s.id(), new int[3]);
        }
        for (Document d : edition.documents()) {
            int[] c = counts.computeIfAbsent(d.source().id(), k -> new int[3]);
            c[0]++;
            if (!d.textInSource()) {
                c[1]++;
            }
            if (d.number().isPresent()) {
                c[2]++;
            }
            d.date().ifPresent(date -> {
                HistoricalDate[] r = range.computeIfAbsent(d.source().id(), k -> new HistoricalDate[2]);
                if (r[0] == null || date.compareTo(r[0]) < 0) {
                    r[0] = date;
                }
                if (r[1] == null || date.compareTo(r[1]) > 0) {
                    r[1] = date;
                }
            });
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Source s : edition.sources()) {
            int[] c = counts.get(s.id());
            HistoricalDate[] r = range.get(s.id());
            Map<String, Object> m = new HashMap<>(12);
            m.put("id", s.id());
            m.put("anchor", "source-" + s.id());
            m.put("title", s.title());
            m.put("kind", s.kind().label());
            m.put("count", c[0]);
            m.put("countLabel", TimelineChart.documents(c[0]));
            m.put("withoutText", c[1]);
            m.put("numbered", c[2]);
            m.put("first", r == null ? "" : r[0].label());
            m.put("last", r == null ? "" : r[1].label());
            list.add(m);
        }
        return list;
    }

    private static String lastDate(Edition edition) {
        List<Document> docs = edition.documents();
        for (int i = docs.size() - 1; i >= 0; i--) {
            if (docs.get(i).date().isPresent()) {
                return docs.get(i).date().get().label();
            }
        }
        return "";
    }
}
