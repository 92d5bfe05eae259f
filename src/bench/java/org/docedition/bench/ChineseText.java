package org.docedition.bench;

import java.util.SplittableRandom;

/**
 * Pseudo-Chinese text: words of one to three common characters drawn with Zipf frequencies, in
 * sentences ended by Chinese punctuation. Not Chinese, but shaped like it for a segmenter and an index.
 */
final class ChineseText {

    private static final String CHARACTERS = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家"
            + "学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民"
            + "样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电"
            + "四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立"
            + "马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接"
            + "它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展"
            + "该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党"
            + "倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造"
            + "落视济喜离虽坏兴切府呀根消规准农协存晚苏谈判签订莫援助巩固蓬勃兄弟协定帮科技友谊艺术展览贸易";
    private static final int N = CHARACTERS.length();

    private final ZipfSampler words;

    ChineseText(int vocabularySize) {
        words = new ZipfSampler(vocabularySize, 1.1, 2.7);
    }

    /** One word: a rank's characters, so the same rank is always the same word. */
    String word(SplittableRandom random) {
        int r = words.next(random);
        StringBuilder sb = new StringBuilder(3);
        int length = 1 + (r < N ? 0 : r < 40 * N ? 1 : 2);
        int n = r;
        for (int i = 0; i < length; i++) {
            sb.append(CHARACTERS.charAt(n % N));
            n = n / N + i * 7;
        }
        return sb.toString();
    }

    /** A sentence of {@code words} words ending in 。, with a comma now and then. */
    String sentence(SplittableRandom random, int wordCount) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < wordCount; i++) {
            sb.append(word(random));
            if (i > 2 && i < wordCount - 2 && random.nextInt(7) == 0) {
                sb.append('，');
            }
        }
        return sb.append('。').toString();
    }

    /** A headline: a few words without final punctuation. */
    String headline(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int count = 3 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            sb.append(word(random));
        }
        return sb.toString();
    }
}
