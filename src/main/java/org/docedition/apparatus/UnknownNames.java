package org.docedition.apparatus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.NameSpan;
import org.docedition.model.Paragraph;
import org.docedition.model.Problem;

/**
 * Finds, for {@code edition check}, names in the texts that look like persons or places and that
 * neither authority file knows, so an editor can complete them: inverted names with initials
 * ({@code Gromyko A.A.}, {@code A.A. Gromyko}), a name after a title ({@code Minister Mikhailov},
 * {@code Comrade Palgunov}), romanised Chinese names ({@code Zhang Wentian}, {@code Chou En-lai}),
 * Chinese names before {@code 同志} or after a title in the originals, and a capitalised word after
 * "in", "to", "from" ({@code in Lanzhou}). Heuristics: each report says which one fired.
 */
final class UnknownNames {

    private static final String WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?";
    private static final Pattern INVERTED = Pattern.compile(
            "(?<![\\p{L}.])(" + WORD + ")[ \\u00A0]+((?:\\p{Lu}\\p{Ll}?\\.[ \\u00A0]?){1,2})(?!\\p{L}|[ \\u00A0]?\\p{Lu}\\p{Ll})");
    private static final Pattern INITIALS_FIRST = Pattern.compile(
            "(?<![\\p{L}.])(?!(?:Mr|Ms|Dr|St|No)\\.)((?:\\p{Lu}\\p{Ll}?\\.[ \\u00A0]?){1,2})[ \\u00A0]?(" + WORD + ")");
    private static final Pattern TITLED = Pattern.compile(
            "\\b(Minister|Comrades?|Ambassador|Premier|Chairman|Marshal|Mr\\.|Mrs\\.|Madame|Vice-Premier|Vice-Chairman|Chargé d'Affaires)"
                    + "(?:[ \\u00A0]+of(?:[ \\u00A0]+the)?(?:[ \\u00A0]+\\p{Lu}\\p{Ll}+){1,3})?[ \\u00A0]+(" + WORD
                    + "(?:[ \\u00A0]+" + WORD + ")?)");
    private static final Pattern ROMANISED = Pattern.compile(
            "(?<![\\p{L}-])(\\p{Lu}\\p{Ll}{1,5})[ \\u00A0]+(\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?)(?![\\p{L}])");
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "\\b(?:in|to|from)[ \\u00A0]+(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)*)");
    private static final Pattern CHINESE_COMRADE = Pattern.compile("([\\p{IsHan}]{2,5})同志");
    private static final Pattern CHINESE_TITLED = Pattern.compile(
            "(?:部长|大使|总理|主席|委员长|书记|代办|元帅)([\\p{IsHan}]{2,3})(?=[、，。：；和及与在同等说的（\\s]|$)");
    private static final Pattern CHINESE_TITLES = Pattern.compile("^(?:.*?(?:部长|大使|总理|主席|委员长|书记|代办|元帅|代表|团长|同志))");
    private static final Pattern CHINESE_DELIMITERS = Pattern.compile(".*[、，。：；“”（）《》和及与向对].*");

    /** Common surnames, in pinyin and Wade-Giles: the first word of a romanised Chinese name. */
    private static final Set<String> SURNAMES = Set.copyOf(java.util.Arrays.asList(("Zhang Wang Li Zhao Chen Liu Zhou Mao Deng Peng Zhu Yang Huang Wu"
            + " Xu Sun Ma Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Dong Xiao Cheng Cao Yuan Tian Pan Du"
            + " Dai Xia Zhong Wei Jiang Fu Shen Lu Ye Yu Qian Ren Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mo Gu"
            + " Hou Shao Meng Long Wan Duan Lei Qian Tao Hong Tao Bo Ke Ji Nie Lai Ou Geng Ding Zeng Su Shi Kang Rao Chiang"
            + " Chou Chu Teng Soong Chang Hsu Kuo Ho Sung Tung Chen Liao Ch'en Yeh").split(" ")));
    /** Pinyin syllables: a given name is one or two of them ({@code Wentian} is wen + tian). */
    private static final Set<String> SYLLABLES = Set.copyOf(java.util.Arrays.asList(("a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie"
            + " bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu"
            + " chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng"
            + " di dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga"
            + " gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen"
            + " heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue"
            + " jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei"
            + " leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve ma mai man mang mao me mei men"
            + " meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin"
            + " ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou"
            + " pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua"
            + " ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu"
            + " shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian"
            + " tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin"
            + " xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang"
            + " zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan"
            + " zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo").split(" ")));
    /** Capitalised words that a heuristic would otherwise take for a name. */
    private static final Set<String> NOT_NAMES = Set.copyOf(java.util.Arrays.asList(("The This That These Those His Her Its Our Their Your My A An"
            + " And Or But Of In On At To From By For With As It He She We They I You January February March April May"
            + " June July August September October November December Monday Tuesday Wednesday Thursday Friday"
            + " Saturday Sunday Soviet Chinese Russian English French German Japanese Korean American British Indian"
            + " Mongolian Vietnamese Polish Czech Hungarian Romanian Bulgarian Albanian Yugoslav European Asian Western"
            + " Eastern Northern Southern Central Foreign Internal Culture Cultural Defense Defence Trade Finance Health"
            + " Education Affairs State Government Council Committee Party Ministry Minister Presidium Politburo Secretariat"
            + " Department Embassy Office Union Republic People People's Republic Congress Assembly Conference Session"
            + " Plenary General Deputy First Second Third Vice Premier Chairman Comrade Comrades Secretary Director"
            + " Ambassador President Prime Marshal Army Navy Air Force Academy Institute University Society Association"
            + " Federation Front Bureau Agency Press News Daily Gazette Article Chapter Section Part Note Notes Volume"
            + " Page Appendix Document Documents Doc Annex Agreement Treaty Declaration Communique Protocol Plan Program"
            + " Programme Commission Delegation Mission Xinhua TASS Pravda Izvestia Results Skip Memorandum Letter"
            + " Cable Telegram Record Recording Conversation Speech Report Resolution Decree Order Decision Statement"
            + " Message Archive Archives Fond Opis Delo Russian Foreign Policy Ministry Special Extraordinary"
            + " Plenipotentiary Permanent Representative Great October Revolution Socialist Communist Workers Youth"
            + " League Labour Labor Friendship Cooperation Cultural Economic Military Scientific Technical Joint"
            + " Railway Railways Bank Company Corporation Trust International World National Provisional Supreme Court"
            + " Sino Socialism Communism Imperialism Marxism Leninism Year Years Day Days Also Both All Any Every"
            + " Each Such Some Many Most Other Another Today Tomorrow Yesterday Then Now Here There When Where While"
            + " After Before During Since Until Upon Under Over Between Among Against About Above Below Behind"
            + " Beyond Within Without Through Throughout Toward Towards Into Onto Per Via Re Mr Mrs Ms Dr St"
            + " Delegates Ministers Members Gentlemen Representatives Ladies Friends Major Minor New Old Great"
            + " Comintern Cominform Kuomintang Guomindang Wilson Center Digital Documents Collection English-language").split(" ")));

    private UnknownNames() {
    }

    /** Reports into {@code problems} every unknown name-like form of {@code documents}' texts. */
    static void report(List<Document> documents, java.util.Map<DocumentId, DocumentNames> names,
                       List<Problem> problems) {
        Set<String> reported = new HashSet<>();
        DocumentNames none = new DocumentNames(List.of(), List.of(), List.of(), List.of(), List.of());
        for (Document d : documents) {
            DocumentNames known = names.getOrDefault(d.id(), none);
            Reporter r = new Reporter(d.location().file(), reported, problems);
            r.latin(d.title(), d.location().firstLine(), known.title());
            for (int i = 0; i < d.paragraphs().size(); i++) {
                Paragraph p = d.paragraphs().get(i);
                r.latin(p.text(), p.line(), known.paragraph(i));
            }
            for (int i = 0; i < d.footnotes().size(); i++) {
                Footnote f = d.footnotes().get(i);
                r.latin(f.text(), f.line(), known.footnote(i));
            }
            for (int i = 0; i < d.glossary().size(); i++) {
                var g = d.glossary().get(i);
                if (known.glossaryEntry(i).isEmpty()) {
                    r.glossary(g.original(), g.rendering(), g.where().firstLine());
                }
            }
            if (d.original().isPresent()) {
                r.chinese(d.original().get().title(), d.location().firstLine(), known.originalTitle());
                List<Paragraph> ps = d.original().get().paragraphs();
                for (int i = 0; i < ps.size(); i++) {
                    r.chinese(ps.get(i).text(), ps.get(i).line(), known.originalParagraph(i));
                }
            }
        }
    }

    /** The findings in one Chinese text that names nothing known (for tests). */
    static List<Problem> inChinese(String text) {
        List<Problem> problems = new ArrayList<>();
        new Reporter("test", new HashSet<>(), problems).chinese(text, 1, List.of());
        return problems;
    }

    /** Reports one document's findings, each form once per line. */
    private record Reporter(String file, Set<String> reported, List<Problem> problems) {

        void latin(String text, int line, List<NameSpan> known) {
            Matcher m = INVERTED.matcher(text);
            while (m.find()) {
                if (!NOT_NAMES.contains(m.group(1)) && !isInitialism(m.group(2))) {
                    report(text, line, known, m.start(), m.end(), "a person's name with initials");
                }
            }
            m = INITIALS_FIRST.matcher(text);
            while (m.find()) {
                if (!NOT_NAMES.contains(m.group(2)) && !isInitialism(m.group(1))) {
                    report(text, line, known, m.start(), m.end(), "a person's name with initials");
                }
            }
            m = TITLED.matcher(text);
            while (m.find()) {
                String name = m.group(2);
                String first = name.split("[ \\u00A0]")[0];
                if (!NOT_NAMES.contains(first)) {
                    report(text, line, known, m.start(2), m.start(2) + first.length(),
                            "a person's name after '" + m.group(1) + "'");
                }
            }
            m = ROMANISED.matcher(text);
            while (m.find()) {
                if (SURNAMES.contains(m.group(1)) && givenName(m.group(2)) && !NOT_NAMES.contains(m.group(2))) {
                    report(text, line, known, m.start(), m.end(), "a romanised Chinese name");
                }
            }
            m = AFTER_PREPOSITION.matcher(text);
            while (m.find()) {
                String word = m.group(1).split("[ -]")[0];
                if (!NOT_NAMES.contains(word) && !word.endsWith("ese") && !word.endsWith("ian")
                        && !word.endsWith("ish")) {
                    report(text, line, known, m.start(1), m.end(1), "a place's name");
                }
            }
        }

        void chinese(String text, int line, List<NameSpan> known) {
            Matcher m = CHINESE_COMRADE.matcher(text);
            while (m.find()) {
                String name = CHINESE_TITLES.matcher(m.group(1)).replaceFirst("");
                if (name.length() >= 2 && !CHINESE_DELIMITERS.matcher(name).matches()) {
                    int start = m.end(1) - name.length();
                    report(text, line, known, start, m.end(1), "a Chinese name before 同志");
                }
            }
            m = CHINESE_TITLED.matcher(text);
            while (m.find()) {
                report(text, line, known, m.start(1), m.end(1), "a Chinese name after a title");
            }
        }

        /** A glossary's entry that names no one the authority files know. */
        void glossary(String original, String rendering, int line) {
            String form = rendering.isBlank() ? original : original + " (" + rendering + ")";
            if (reported.add(file + "|" + line + "|" + form)) {
                problems.add(Problem.warning(file, line, "'" + form + "' of the Named Entities list is in neither"
                        + " authority file (" + PersonsFile.NAME + ", " + PlacesFile.NAME + "): if it names a person or a"
                        + " place, add it, or add these forms to its entry's variants"));
            }
        }

        private void report(String text, int line, List<NameSpan> known, int start, int end, String why) {
            for (NameSpan s : known) {
                if (s.start() < end && start < s.end()) {
                    return;
                }
            }
            String form = text.substring(start, end).strip();
            if (reported.add(file + "|" + line + "|" + form)) {
                problems.add(Problem.warning(file, line, "'" + form + "' looks like " + why
                        + " but is in neither authority file (" + PersonsFile.NAME + ", " + PlacesFile.NAME
                        + "): add it, or add this form to its entry's variants"));
            }
        }
    }

    /** Whether {@code word} reads as a given name in pinyin (one or two syllables) or Wade-Giles ({@code En-lai}). */
    static boolean givenName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("-")) {
            return w.length() <= 12;
        }
        if (SYLLABLES.contains(w)) {
            return true;
        }
        for (int i = 1; i < w.length(); i++) {
            if (SYLLABLES.contains(w.substring(0, i)) && SYLLABLES.contains(w.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /** Initials that stand for an institution or a country ({@code U.S.}, {@code U.N.}), not a person. */
    private static boolean isInitialism(String initials) {
        String s = initials.replaceAll("[\\s\\u00A0]", "");
        return s.equals("U.S.") || s.equals("U.N.") || s.equals("U.K.");
    }
}
