package org.docedition.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.docedition.bench.SyntheticDocument.CollectionEntry;
import org.docedition.model.HistoricalDate;

/**
 * Generates the documents of one printed collection in number order: dated chronologically, with
 * book pages, archive citations, footnotes that cite other numbers of the same collection, people's
 * biographies, and now and then an entry without number or text.
 */
final class CollectionGenerator {

    static final String TITLE = "Soviet-Chinese relations. 1952-1955";
    static final String SLUG = "sscr";

    private static final String[] TYPES = {"Letter", "Note", "Telegram", "Memorandum", "Record of conversation",
            "Protocol", "Agreement", "Decree", "Statement", "Report", "Press release", "Resolution",
            "Directive", "Communique", "From the diary", "Message", "Instruction"};
    private static final String[] ORGANS = {"the Ministry of Foreign Affairs of the USSR",
            "the Ministry of Foreign Affairs of the People's Republic of China", "the Central Committee of the CPSU",
            "the Central Committee of the Communist Party of China", "the Embassy of the USSR in the PRC",
            "the Embassy of the PRC in the USSR", "the Council of Ministers of the USSR",
            "the State Administrative Council of the PRC", "the Central People's Government of the PRC",
            "the Ministry of Foreign Trade of the USSR", "the State Planning Committee of the USSR",
            "the Ministry of Culture of the USSR", "the Ministry of Culture of the PRC",
            "the Society of Sino-Soviet Friendship", "the Academy of Sciences of the USSR",
            "the Ministry of Higher Education of the USSR", "the Ministry of Railways of the PRC"};
    private static final String[] ARCHIVES = {"AVPRF", "RGANI", "RGASPI", "GARF", "RGAE", "WUA RF"};
    private static final String[] PAPERS = {"Truth", "News", "People's Daily"};
    private static final String[] MONTHS = {"Jan.", "Feb.", "March", "Apr.", "May", "June", "July", "Aug.", "Sept.",
            "Oct.", "Nov.", "Dec."};

    private final Prose prose;
    private final SplittableRandom random;
    private final int total;
    private final LocalDate start = LocalDate.of(1952, 1, 1);
    private final int spanDays = 4 * 365;
    private final Set<String> stubTitles = new HashSet<>();
    private int nextNumber = 1;
    private int nextPage = 5;
    private int produced;

    /** @param total how many entries (numbered documents and stubs) this collection will hold */
    CollectionGenerator(Prose prose, SplittableRandom random, int total) {
        this.prose = prose;
        this.random = random;
        this.total = total;
    }

    boolean hasNext() {
        return produced < total;
    }

    /** The next entry, in collection order. */
    CollectionEntry next() {
        HistoricalDate date = dateOf(produced);
        produced++;
        prose.newTopic();
        if (random.nextInt(33) == 0) {
            return stub(date);
        }
        int number = nextNumber++;
        String title = heading();
        int words = length();
        int paragraphCount = Math.max(1, words / (30 + random.nextInt(90)));
        List<String> paragraphs = new ArrayList<>(paragraphCount + 2);
        for (int i = 0; i < paragraphCount; i++) {
            paragraphs.add(prose.paragraph(Math.max(6, words / paragraphCount), date.year()));
        }
        if (random.nextInt(25) == 0) {
            addNumberedList(paragraphs, date.year());
        }
        if (random.nextInt(3) == 0) {
            paragraphs.add(prose.person().textName());
        }
        String mark = random.nextInt(40) == 0 ? "*" : "";
        List<Integer> refs = new ArrayList<>();
        List<String> notes = footnotes(number, mark, refs);
        if (random.nextInt(30) == 0) {
            int target = target(number);
            refs.add(target);
            int at = random.nextInt(paragraphs.size());
            paragraphs.set(at, paragraphs.get(at) + " See also doc. " + target + ".");
        }
        markNotes(paragraphs, mark.isEmpty() ? 1 : 2, notes.size());
        int pages = 1 + words / 450;
        String printed = random.nextInt(10) < 8
                ? (pages == 1 ? "p. " + nextPage : "pp. " + nextPage + "-" + (nextPage + pages - 1)) : "";
        nextPage += pages;
        String archive = random.nextInt(20) == 0 ? "" : archive(date);
        return new CollectionEntry(TITLE, SLUG, number, mark, title, date, printed, archive, random.nextInt(10) != 0,
                paragraphs, notes, refs);
    }

    private CollectionEntry stub(HistoricalDate date) {
        String title;
        do {
            title = "Speech by " + prose.person().textName() + " at " + prose.phrase(2 + random.nextInt(3)).toLowerCase(
                    Locale.ROOT) + " in " + prose.place();
        } while (!stubTitles.add(title + date.iso()));
        return new CollectionEntry(TITLE, SLUG, 0, "", title, date, "", "", false, List.of(), List.of(), List.of());
    }

    private HistoricalDate dateOf(int index) {
        LocalDate d = start.plusDays((long) index * spanDays / Math.max(1, total));
        if (random.nextInt(50) == 0) {
            return HistoricalDate.ofMonth(d.getYear(), d.getMonthValue());
        }
        return HistoricalDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private String heading() {
        String type = TYPES[random.nextInt(TYPES.length)];
        String from = ORGANS[random.nextInt(ORGANS.length)];
        String to = ORGANS[random.nextInt(ORGANS.length)];
        return switch (random.nextInt(4)) {
            case 0 -> type + " from " + from + " to " + to;
            case 1 -> type + " of " + from + " on " + prose.phrase(2 + random.nextInt(4)).toLowerCase(Locale.ROOT);
            case 2 -> type + " from " + prose.person().textName() + " to " + prose.person().textName();
            default -> type + " of " + from + " to " + to + " about " + prose.phrase(2 + random.nextInt(3))
                    .toLowerCase(Locale.ROOT);
        };
    }

    /** Words of text: mostly 200-800, a long tail up to several thousand, like the printed volume. */
    private int length() {
        double u = random.nextDouble();
        return (int) (90 + 310 * Math.exp(1.1 * gaussian()) * (u < 0.05 ? 3 : 1));
    }

    private double gaussian() {
        // Box-Muller; SplittableRandom has no nextGaussian in Java 17
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2) * 0.6;
    }

    private void addNumberedList(List<String> paragraphs, int year) {
        int items = 2 + random.nextInt(4);
        for (int i = 1; i <= items; i++) {
            paragraphs.add(i + ". " + prose.paragraph(10 + random.nextInt(30), year));
        }
    }

    private List<String> footnotes(int number, String mark, List<Integer> refs) {
        List<String> notes = new ArrayList<>();
        if (!mark.isEmpty()) {
            notes.add("A similar TASS report was published in the Pravda newspaper.");
        }
        int roll = random.nextInt(100);
        int count = roll < 40 ? 0 : roll < 85 ? 1 + random.nextInt(3) : 4 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(100);
            if (kind < 45) {
                int target = target(number);
                refs.add(target);
                notes.add("See doc. " + target + ".");
            } else if (kind < 80) {
                People.Person p = prose.person();
                notes.add(p.name() + " - " + p.biography());
            } else if (kind < 90) {
                int target = target(number);
                refs.add(target);
                notes.add("Not published. See doc. " + target + ".");
            } else if (kind < 95) {
                notes.add("Not published.");
            } else {
                notes.add(prose.paragraph(15 + random.nextInt(30), 1954));
            }
        }
        return notes;
    }

    /** A cited number: mostly a recent earlier document, sometimes a later one, rarely one not in the edition. */
    private int target(int number) {
        int roll = random.nextInt(100);
        if (roll < 70 && number > 1) {
            return Math.max(1, number - 1 - (int) (-Math.log(1 - random.nextDouble()) * 25));
        }
        if (roll < 99) {
            return number + 1 + random.nextInt(20);
        }
        return total + 1000 + random.nextInt(1000);
    }

    /**
     * Puts the markers of ordinals {@code first..last} after words of the text, in reading order, as
     * the printed volume does ({@code Fulaerdi*.}, {@code railway 6 *.}).
     */
    private void markNotes(List<String> paragraphs, int first, int last) {
        int markers = last - first + 1;
        if (markers <= 0 || paragraphs.isEmpty()) {
            return;
        }
        int ordinal = first;
        for (int p = 0; p < paragraphs.size() && ordinal <= last; p++) {
            int here = (int) ((long) (p + 1) * markers / paragraphs.size()) - (ordinal - first);
            if (p == paragraphs.size() - 1) {
                here = last - ordinal + 1;
            }
            if (here <= 0) {
                continue;
            }
            String[] words = paragraphs.get(p).split(" ", -1);
            for (int k = 0; k < here; k++, ordinal++) {
                int at = Math.min(words.length - 1, (int) ((long) (k + 1) * words.length / (here + 1)));
                words[at] = withMarker(words[at], ordinal);
            }
            paragraphs.set(p, String.join(" ", words));
        }
    }

    private static String withMarker(String word, int ordinal) {
        int end = word.length();
        while (end > 0 && ",.;:\"".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        String marker = ordinal <= 5 ? SyntheticDocument.marker(ordinal) : " " + SyntheticDocument.marker(ordinal);
        return word.substring(0, end) + marker + word.substring(end);
    }

    private String archive(HistoricalDate date) {
        if (random.nextInt(5) == 0) {
            return PAPERS[random.nextInt(PAPERS.length)] + ". " + date.year() + ". " + (1 + random.nextInt(28)) + " "
                    + MONTHS[Math.max(0, date.month() - 1)];
        }
        return ARCHIVES[random.nextInt(ARCHIVES.length)] + ". F. " + (random.nextInt(3) == 0 ? "0" : "")
                + (10 + random.nextInt(200)) + ". Op. " + (1 + random.nextInt(60)) + ". P. " + (1 + random.nextInt(400))
                + ". D. " + (1 + random.nextInt(300)) + ". L. " + pages() + ".";
    }

    private String pages() {
        int from = 1 + random.nextInt(200);
        return random.nextBoolean() ? Integer.toString(from) : from + "-" + (from + 1 + random.nextInt(12));
    }
}
