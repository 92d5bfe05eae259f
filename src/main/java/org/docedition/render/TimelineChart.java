package org.docedition.render;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.docedition.link.Chronology;

/**
 * The geometry of the chronology's bar charts (documents per year, documents per month of a year),
 * computed at build time in whole numbers so the inline SVG the template draws is the same on
 * every machine. The template only places the shapes; no chart library runs in the browser.
 *
 * <p>Every chart has a vertical axis with a few round counts and their grid lines. The month
 * charts of all years share one scale (the busiest month of the edition), so a year with one
 * document does not draw as tall as a month with fourteen.
 */
final class TimelineChart {

    static final int PLOT_HEIGHT = 100;
    static final int LABEL_HEIGHT = 18;
    /** Room above the plot for the top count's label. */
    static final int TOP = 8;
    /** Room left of the plot for the counts of the axis. */
    static final int AXIS_ROOM = 30;
    private static final int YEARS_WIDTH = 720;
    private static final int MONTH_STEP = 24;
    private static final int LABEL_ROOM = 34;
    /** A period with one document among hundreds must still show, and take a click. */
    private static final int MIN_BAR = 4;

    private TimelineChart() {
    }

    /** One bar per year from the first dated year to the last, empty years included so gaps show. */
    static Map<String, Object> years(List<Chronology.Year> years) {
        return years(years, year -> "#y" + year);
    }

    /** The same, each bar linking to {@code link} of its year. */
    static Map<String, Object> years(List<Chronology.Year> years, java.util.function.IntFunction<String> link) {
        if (years.isEmpty()) {
            return chart(0, List.of(), 1);
        }
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        Map<Integer, Integer> counts = new HashMap<>();
        years.forEach(y -> counts.put(y.year(), y.count()));
        int n = last - first + 1;
        int step = Math.max(4, Math.min(48, YEARS_WIDTH / n));
        int every = (LABEL_ROOM + step - 1) / step;
        int top = axisTop(counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        List<Map<String, Object>> bars = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int year = first + i;
            int count = counts.getOrDefault(year, 0);
            String tick = i % every == 0 ? Integer.toString(year) : "";
            bars.add(bar(i, step, count, top, count > 0 ? link.apply(year) : "", year + ": " + documents(count), tick));
        }
        return chart(n * step, bars, top);
    }

    /**
     * The count every month chart of {@code chronology} is scaled to: the documents of its busiest
     * month, so that the charts of different years compare.
     */
    static int monthScale(Chronology chronology) {
        return chronology.years().stream().flatMap(y -> y.months().stream()).mapToInt(Chronology.Month::count)
                .max().orElse(1);
    }

    /**
     * Twelve bars for the months of {@code year}, on a scale up to {@code scale} documents (see
     * {@link #monthScale}); documents dated only to the year are not in any bar.
     */
    static Map<String, Object> months(Chronology.Year year, int scale) {
        Map<Integer, Integer> counts = new HashMap<>();
        year.months().forEach(m -> counts.put(m.month(), m.count()));
        int max = axisTop(Math.max(scale, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1)));
        List<Map<String, Object>> bars = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            int count = counts.getOrDefault(month, 0);
            String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            bars.add(bar(month - 1, MONTH_STEP, count, max, count > 0 ? "#" + monthAnchor(year.year(), month) : "",
                    name + " " + year.year() + ": " + documents(count),
                    Month.of(month).getDisplayName(TextStyle.NARROW, Locale.ENGLISH)));
        }
        return chart(12 * MONTH_STEP, bars, max);
    }

    /** The step between the axis's counts: 1, 2 or 5 times a power of ten, at most four steps to {@code max}. */
    static int axisStep(int max) {
        for (int power = 1; ; power *= 10) {
            for (int f : new int[] {1, 2, 5}) {
                if ((long) f * power * 4 >= max) {
                    return f * power;
                }
            }
        }
    }

    /** The axis's top count: {@code max} rounded up to a whole step. */
    static int axisTop(int max) {
        int step = axisStep(Math.max(1, max));
        return Math.max(step, (Math.max(1, max) + step - 1) / step * step);
    }

    /** The id of a month's heading in the chronology: {@code y1954-01}. */
    static String monthAnchor(int year, int month) {
        return String.format(Locale.ROOT, "y%d-%02d", year, month);
    }

    private static Map<String, Object> bar(int index, int step, int count, int max, String href, String label,
                                           String tick) {
        int width = Math.max(2, step - Math.max(1, step / 5));
        int height = count == 0 ? 0 : Math.max(MIN_BAR, (int) Math.round((double) count * PLOT_HEIGHT / Math.max(1, max)));
        Map<String, Object> b = new HashMap<>(12);
        b.put("x", AXIS_ROOM + index * step);
        b.put("y", TOP + PLOT_HEIGHT - height);
        b.put("width", width);
        b.put("height", height);
        b.put("center", AXIS_ROOM + index * step + width / 2);
        b.put("count", count);
        b.put("href", href);
        b.put("label", label);
        b.put("tick", tick);
        return b;
    }

    /**
     * Keys: width, height, left and plotWidth (the plot's x and width), top and baseline (the plot's
     * y at its top and at zero), bars, and ticks (y, label: the counts of the vertical axis).
     */
    private static Map<String, Object> chart(int width, List<Map<String, Object>> bars, int top) {
        Map<String, Object> c = new HashMap<>(12);
        c.put("width", AXIS_ROOM + Math.max(width, 1));
        c.put("height", TOP + PLOT_HEIGHT + LABEL_HEIGHT);
        c.put("left", AXIS_ROOM);
        c.put("plotWidth", Math.max(width, 1));
        c.put("top", TOP);
        c.put("baseline", TOP + PLOT_HEIGHT);
        c.put("plotHeight", PLOT_HEIGHT);
        c.put("bars", bars);
        List<Map<String, Object>> ticks = new ArrayList<>();
        int step = axisStep(top);
        for (int value = 0; value <= top; value += step) {
            ticks.add(Map.of("y", TOP + PLOT_HEIGHT - (int) Math.round((double) value * PLOT_HEIGHT / top),
                    "label", Integer.toString(value)));
        }
        c.put("ticks", ticks);
        return c;
    }

    static String documents(int count) {
        return count == 1 ? "1 document" : count + " documents";
    }
}
