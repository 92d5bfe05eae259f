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
 * The template model of the chronology: years, months, entries in date order (partial dates first
 * in their period), undated entries last, and the timeline charts.
 */
final class ChronologyPageModel {

    private ChronologyPageModel() {
    }

    static Map<String, Object> of(Edition edition) {
        Chronology c = edition.chronology();
        List<Map<String, Object>> years = new ArrayList<>(c.years().size());
        for (Chronology.Year y : c.years()) {
            Map<String, Object> ym = new HashMap<>(8);
            ym.put("year", Integer.toString(y.year()));
            ym.put("anchor", "y" + y.year());
            ym.put("count", y.count());
            ym.put("countLabel", TimelineChart.documents(y.count()));
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
            ym.put("monthChart", TimelineChart.months(y));
            years.add(ym);
        }
        Map<String, Object> m = new HashMap<>(8);
        m.put("years", years);
        m.put("undated", summaries(edition, c.undated()));
        m.put("yearChart", TimelineChart.years(c.years()));
        m.put("total", edition.documents().size());
        return m;
    }

    private static List<Map<String, Object>> summaries(Edition edition, List<DocumentId> ids) {
        List<Map<String, Object>> list = new ArrayList<>(ids.size());
        for (DocumentId id : ids) {
            edition.find(id).map(DocumentSummary::of).ifPresent(list::add);
        }
        return list;
    }
}
