package org.docedition.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * English-like sentences and paragraphs: Zipf-distributed words, a document's own recurring topic
 * words, people's names, numbers and dates in running text.
 *
 * <p>Sentences always end with a word and a full stop, never with a date, so no paragraph line can
 * be mistaken for a collection heading (which ends in its date).
 */
final class Prose {

    private static final String[] PLACES = {"Moscow", "Beijing", "Shanghai", "Leningrad", "Tianjin", "Harbin",
            "Port Arthur", "Xinjiang", "Urumqi", "Lanzhou", "Wuhan", "Shenyang", "Dalian", "Kiev", "Novosibirsk",
            "Irkutsk", "Ulaanbaatar", "Geneva", "Alma-Ata", "Fushun", "Anshan", "Guangzhou", "Nanjing", "Vladivostok"};

    private final Vocabulary vocabulary;
    private final People people;
    private final SplittableRandom random;
    private int[] topic = new int[0];
    private String previous = "";

    Prose(Vocabulary vocabulary, People people, SplittableRandom random) {
        this.vocabulary = vocabulary;
        this.people = people;
        this.random = random;
    }

    /** Starts a new document: picks the rarer words it keeps returning to. */
    void newTopic() {
        topic = new int[3 + random.nextInt(8)];
        for (int i = 0; i < topic.length; i++) {
            topic[i] = vocabulary.topicRank(random);
        }
    }

    /** A paragraph of about {@code words} words. */
    String paragraph(int words, int year) {
        StringBuilder sb = new StringBuilder(words * 7);
        int written = 0;
        while (written < words) {
            int n = Math.min(words - written, 8 + random.nextInt(21));
            n = Math.max(n, 4);
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sentence(sb, n, year);
            written += n;
        }
        return sb.toString();
    }

    /** A title-like phrase of {@code words} words, capitalised, without final punctuation. */
    String phrase(int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            String w = vocabulary.nextContentWord(random);
            sb.append(i == 0 ? capital(w) : w);
        }
        return sb.toString();
    }

    String place() {
        return PLACES[random.nextInt(PLACES.length)];
    }

    People.Person person() {
        return people.next(random);
    }

    private void sentence(StringBuilder sb, int words, int year) {
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                boolean comma = i > 3 && i < words - 2 && random.nextInt(12) == 0 && sb.charAt(sb.length() - 1) != ',';
                sb.append(comma ? ", " : " ");
            }
            int roll = random.nextInt(100);
            if (i == 0) {
                sb.append(capital(word()));
            } else if (i == words - 1 || roll >= 9) {
                sb.append(word());
            } else if (roll < 3) {
                sb.append(people.next(random).textName());
            } else if (roll < 5) {
                sb.append(place());
            } else if (roll < 7) {
                sb.append(number());
            } else if (roll < 8) {
                sb.append("on ").append(date(year)).append(',');
            } else {
                sb.append('"').append(word()).append(' ').append(word()).append('"');
            }
        }
        sb.append('.');
    }

    private String word() {
        if (topic.length > 0 && random.nextInt(14) == 0) {
            return vocabulary.word(topic[random.nextInt(topic.length)]);
        }
        String w = vocabulary.next(random);
        // "the the" is the commonest artefact of drawing words independently; one redraw removes most
        if (w.equals(previous)) {
            w = vocabulary.next(random);
        }
        previous = w;
        return w;
    }

    private String number() {
        return switch (random.nextInt(4)) {
            case 0 -> Integer.toString(2 + random.nextInt(98));
            case 1 -> String.format(Locale.ROOT, "%,d", 1000 + random.nextInt(200_000));
            case 2 -> (1 + random.nextInt(99)) + "%";
            default -> (10 + random.nextInt(990)) + " thousand tons";
        };
    }

    private String date(int year) {
        LocalDate d = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
