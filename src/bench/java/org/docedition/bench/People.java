package org.docedition.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A pool of people with short biographies, drawn with Zipf frequencies so the same officials recur
 * across documents (as in a real edition, whose person index links them).
 */
final class People {

    /**
     * One person.
     *
     * @param name      the name as footnotes print it: {@code Suslov M.A.} or {@code Li Jishen}
     * @param textName  the name as running text prints it: {@code M.A. Suslov} or {@code Li Jishen}
     * @param biography the editorial note: {@code Member of the Politburo ... in 1953-1955.}
     */
    record Person(String name, String textName, String biography) {
    }

    private static final String[] PINYIN = {"li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou",
            "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie",
            "han", "tang", "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu", "shen", "peng",
            "lu", "jiang", "cai", "jia", "ding", "wei", "xue", "ye", "yan", "pan", "du", "dai", "xia", "zhong",
            "tian", "ren", "fan", "fang", "shi", "yao", "tan", "liao", "zou", "xiong", "jin", "hao", "kong",
            "bai", "cui", "kang", "mao", "qiu", "qin", "gu", "hou", "shao", "meng", "long", "wan", "duan", "lei",
            "qian", "tang", "yin", "li", "yi", "chang", "wu", "qiao", "lai", "gong", "wen", "bo", "ji", "an"};
    private static final String[] SUFFIXES = {"ov", "ev", "in", "sky", "enko", "ich", "ova", "yan"};
    private static final String[] INITIALS = "A B V G D E I K L M N O P S T F Ya Yu".split(" ");
    private static final String[] POSTS = {"Minister of %s of the USSR", "Deputy Minister of %s of the USSR",
            "Head of the department of %s of the Central Committee of the CPSU", "Chairman of the %s Committee",
            "Minister of %s of the People's Republic of China", "Deputy Chairman of the State Committee for %s",
            "Member of the Central People's Government Council, responsible for %s",
            "Director of the Institute of %s of the Academy of Sciences of the USSR",
            "Secretary of the Central Committee of the CPSU for %s", "Ambassador of the USSR to %s"};
    private static final String[] FIELDS = {"Foreign Affairs", "Culture", "Foreign Trade", "Heavy Industry",
            "Defense", "Higher Education", "Railways", "Agriculture", "Geology", "Communications", "Health",
            "Light Industry", "Finance", "the Coal Industry", "Science and Technology", "Radio Broadcasting",
            "the People's Republic of China", "Mongolia", "Poland", "Hungary", "Czechoslovakia", "Vietnam"};

    private final List<Person> pool;
    private final ZipfSampler pick;

    People(int size, SplittableRandom random, Vocabulary vocabulary) {
        pool = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            pool.add(person(i, random, vocabulary));
        }
        pick = new ZipfSampler(size, 0.9, 3);
    }

    /** A person drawn by how often they appear. */
    Person next(SplittableRandom random) {
        return pool.get(pick.next(random));
    }

    private static Person person(int i, SplittableRandom random, Vocabulary vocabulary) {
        int from = 1945 + random.nextInt(15);
        String years = random.nextInt(3) == 0 ? "since " + from : "in " + from + "-" + (from + 1 + random.nextInt(8));
        String post = String.format(POSTS[random.nextInt(POSTS.length)], FIELDS[random.nextInt(FIELDS.length)]);
        String biography = post + " " + years + ".";
        if (i % 2 == 0) {
            // a Chinese name: family name and a one- or two-syllable given name, unique by index
            String family = capital(PINYIN[i / 2 % PINYIN.length]);
            int g = i / 2 / PINYIN.length;
            String given = capital(PINYIN[(g * 7 + i) % PINYIN.length]) + (g > 0 ? PINYIN[g % PINYIN.length] : "");
            String name = family + " " + given;
            return new Person(name, name, biography);
        }
        String surname = vocabulary.name(1000 + i) + SUFFIXES[i % SUFFIXES.length];
        String initials = INITIALS[random.nextInt(INITIALS.length)] + "." + INITIALS[random.nextInt(INITIALS.length)] + ".";
        return new Person(surname + " " + initials, initials + " " + surname, biography);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
