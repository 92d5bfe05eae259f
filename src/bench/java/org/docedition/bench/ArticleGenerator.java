package org.docedition.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.docedition.bench.SyntheticDocument.Article;
import org.docedition.model.HistoricalDate;

/**
 * Generates newspaper articles with Chinese originals, each on its own date and page, so that ids
 * made of newspaper, date and page never collide.
 *
 * <p>Dates run from the founding of the People's Republic to the end of the Soviet Union, eight
 * pages a day: about 123,000 slots, so the 50,000 articles of a 100,000-document corpus fill two
 * pages in five and the draws stay quick.
 */
final class ArticleGenerator {

    static final String NEWSPAPER = "People's Daily";

    private static final LocalDate FIRST = LocalDate.of(1949, 10, 1);
    private static final int DAYS = (int) (LocalDate.of(1991, 12, 31).toEpochDay() - FIRST.toEpochDay());
    private static final int PAGES = 8;
    private static final String[] AGENCIES = {"Xinhua News Agency", "TASS", "Xinhua News Agency", "This newspaper"};

    private final Prose prose;
    private final ChineseText chinese;
    private final SplittableRandom random;
    private final Set<Long> usedSlots = new HashSet<>();

    ArticleGenerator(Prose prose, ChineseText chinese, SplittableRandom random) {
        this.prose = prose;
        this.chinese = chinese;
        this.random = random;
    }

    /** How many articles can be generated before dates and pages run out. */
    static int capacity() {
        return DAYS * PAGES;
    }

    Article next() {
        long slot;
        do {
            slot = random.nextLong((long) DAYS * PAGES);
        } while (!usedSlots.add(slot));
        LocalDate day = FIRST.plusDays(slot / PAGES);
        int page = 1 + (int) (slot % PAGES);
        HistoricalDate date = HistoricalDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        prose.newTopic();

        String title = titleCase(prose.phrase(4 + random.nextInt(6)));
        if (random.nextBoolean()) {
            title += ": " + titleCase(prose.phrase(3 + random.nextInt(8)));
        }
        String author = random.nextInt(4) == 0 ? prose.person().textName() : "";
        int count = 4 + random.nextInt(7);
        List<String> paragraphs = new ArrayList<>(count);
        String lead = AGENCIES[random.nextInt(AGENCIES.length)] + ", " + prose.place() + ", "
                + day.minusDays(1).getDayOfMonth() + ordinal(day.minusDays(1).getDayOfMonth()) + ": ";
        for (int i = 0; i < count; i++) {
            String p = prose.paragraph(25 + random.nextInt(70), day.getYear());
            paragraphs.add(i == 0 ? lead + p : p);
        }
        List<String> chineseTitle = new ArrayList<>();
        chineseTitle.add(chinese.headline(random));
        if (random.nextBoolean()) {
            chineseTitle.add(chinese.headline(random));
        }
        List<String> original = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            original.add(chinese.sentence(random, 15 + random.nextInt(50)));
        }
        return new Article(NEWSPAPER, date, page, title, author, paragraphs, chineseTitle, original);
    }

    private static String titleCase(String phrase) {
        String[] words = phrase.split(" ");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            boolean small = w.length() <= 3 && sb.length() > 0;
            sb.append(small ? w.toLowerCase(Locale.ROOT) : Prose.capital(w));
        }
        return sb.toString();
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
