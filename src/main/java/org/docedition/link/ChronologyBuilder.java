package org.docedition.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.HistoricalDate;

/** Groups chronologically ordered documents by year and month. */
final class ChronologyBuilder {

    private ChronologyBuilder() {
    }

    /** The chronology of {@code ordered}, which must already be in chronological order. */
    static Chronology build(List<Document> ordered) {
        Map<Integer, List<DocumentId>> yearOnly = new TreeMap<>();
        Map<Integer, Map<Integer, List<DocumentId>>> monthOnly = new TreeMap<>();
        Map<Integer, Map<Integer, List<DocumentId>>> days = new TreeMap<>();
        List<DocumentId> undated = new ArrayList<>();
        for (Document d : ordered) {
            if (d.date().isEmpty()) {
                undated.add(d.id());
                continue;
            }
            HistoricalDate date = d.date().get();
            yearOnly.computeIfAbsent(date.year(), y -> new ArrayList<>());
            switch (date.precision()) {
                case YEAR -> yearOnly.get(date.year()).add(d.id());
                case MONTH -> bucket(monthOnly, date).add(d.id());
                case DAY -> bucket(days, date).add(d.id());
            }
        }
        List<Chronology.Year> years = new ArrayList<>();
        for (Map.Entry<Integer, List<DocumentId>> y : yearOnly.entrySet()) {
            TreeMap<Integer, Boolean> monthsPresent = new TreeMap<>();
            monthOnly.getOrDefault(y.getKey(), Map.of()).keySet().forEach(m -> monthsPresent.put(m, true));
            days.getOrDefault(y.getKey(), Map.of()).keySet().forEach(m -> monthsPresent.put(m, true));
            List<Chronology.Month> months = new ArrayList<>();
            for (int m : monthsPresent.keySet()) {
                months.add(new Chronology.Month(m,
                        monthOnly.getOrDefault(y.getKey(), Map.of()).getOrDefault(m, List.of()),
                        days.getOrDefault(y.getKey(), Map.of()).getOrDefault(m, List.of())));
            }
            years.add(new Chronology.Year(y.getKey(), y.getValue(), months));
        }
        return new Chronology(years, undated);
    }

    private static List<DocumentId> bucket(Map<Integer, Map<Integer, List<DocumentId>>> map, HistoricalDate date) {
        return map.computeIfAbsent(date.year(), y -> new TreeMap<>())
                .computeIfAbsent(date.month(), m -> new ArrayList<>());
    }
}
