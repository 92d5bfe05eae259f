package org.docedition.bench;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.docedition.bench.SyntheticDocument.CatalogueRecord;
import org.docedition.model.HistoricalDate;

/** Generates archive catalogue records (date, title, summary), unique by date and title. */
final class CatalogueGenerator {

    private static final LocalDate FIRST = LocalDate.of(1945, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(1991, 12, 31).toEpochDay() - FIRST.toEpochDay());
    private static final String[] FORMS = {"Memorandum of Conversation between %s and %s",
            "Letter, %s to %s", "Telegram from %s to %s", "Record of Conversation, %s and %s",
            "Report, %s to %s", "Minutes of Conversation, %s with %s", "Cable from %s to %s",
            "Diary of %s, Record of Conversation with %s"};

    private final Prose prose;
    private final SplittableRandom random;
    private final Set<String> used = new HashSet<>();
    private int serial;

    CatalogueGenerator(Prose prose, SplittableRandom random) {
        this.prose = prose;
        this.random = random;
    }

    CatalogueRecord next() {
        prose.newTopic();
        LocalDate day;
        String title;
        do {
            day = FIRST.plusDays(random.nextInt(DAYS));
            String form = FORMS[random.nextInt(FORMS.length)];
            title = String.format(Locale.ROOT, form, prose.person().textName(), prose.person().textName());
            if (random.nextBoolean()) {
                title += ", regarding " + prose.phrase(2 + random.nextInt(4)).toLowerCase(Locale.ROOT);
            }
        } while (!used.add(day + title));
        HistoricalDate date = HistoricalDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        String summary = prose.paragraph(25 + random.nextInt(70), day.getYear());
        return new CatalogueRecord(++serial, date, title, summary);
    }
}
