package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.docedition.link.Chronology;
import org.docedition.model.DocumentId;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

    private static Chronology.Year year(int year, int month, int documents) {
        List<DocumentId> days = IntStream.range(0, documents).mapToObj(i -> new DocumentId("d-" + year + "-" + i)).toList();
        return new Chronology.Year(year, List.of(), List.of(new Chronology.Month(month, List.of(), days)));
    }

    @SuppressWarnings("unchecked")
    private static int barHeight(Map<String, Object> chart, int index) {
        return (int) ((List<Map<String, Object>>) chart.get("bars")).get(index).get("height");
    }

    @Test
    void months_quietYearAndBusyYear_shareOneScale() {
        Chronology.Year busy = year(1954, 10, 14);
        Chronology.Year quiet = year(1956, 12, 1);
        int scale = TimelineChart.monthScale(new Chronology(List.of(busy, quiet), List.of()));
        assertEquals(14, scale);
        int busyBar = barHeight(TimelineChart.months(busy, scale), 9);
        int quietBar = barHeight(TimelineChart.months(quiet, scale), 11);
        // one document against fourteen: a short bar, not one as tall as October 1954's
        assertEquals(TimelineChart.PLOT_HEIGHT * 14 / 15, busyBar);
        assertEquals(true, quietBar * 10 < busyBar, quietBar + " vs " + busyBar);
    }

    @Test
    @SuppressWarnings("unchecked")
    void chart_hasAnAxisOfRoundCountsFromZeroToTheTop() {
        Map<String, Object> chart = TimelineChart.months(year(1954, 10, 14), 14);
        List<String> labels = new ArrayList<>();
        ((List<Map<String, Object>>) chart.get("ticks")).forEach(t -> labels.add((String) t.get("label")));
        assertEquals(List.of("0", "5", "10", "15"), labels);
        List<Map<String, Object>> ticks = (List<Map<String, Object>>) chart.get("ticks");
        assertEquals(chart.get("baseline"), ticks.get(0).get("y"));
        assertEquals(chart.get("top"), ticks.get(ticks.size() - 1).get("y"));
    }

    @Test
    void axisTop_roundsUpToAStepOfOneTwoOrFive() {
        assertEquals(1, TimelineChart.axisTop(1));
        assertEquals(3, TimelineChart.axisTop(3));
        assertEquals(15, TimelineChart.axisTop(14));
        assertEquals(40, TimelineChart.axisTop(36));
        assertEquals(1000, TimelineChart.axisTop(1000));
    }
}
