package org.anquan.knowledge.search.control;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chinese word segmentation with HanLP's standard (non-overlapping) segmenter: the same segmentation for texts and
 * queries, so that a query's words line up with the text's. Also traditional → simplified and pinyin.
 */
public final class ChineseSegmenter {

    /** Short atomic words of the field that the general dictionary splits or glues wrongly. */
    private static final List<String> FIELD_WORDS = List.of("动火", "持证", "上岗", "危化品", "工伤", "停工留薪",
            "隐患", "应急预案", "特种作业", "特种设备", "职业病", "安全员", "安全帽", "安全带", "有限空间",
            "受限空间", "重大危险源", "脚手架", "防护用品", "劳动防护", "安全生产费用", "生死状", "猝死", "车祸");
    /** Parts of speech that carry no meaning for search: punctuation, particles, modal words, pronouns … */
    private static final Set<String> EMPTY_NATURES = Set.of("w", "y", "ule", "uls", "ude1", "ude2", "ude3", "uzhe",
            "uguo", "u", "e", "o", "rr", "rz", "ryv", "rys", "ry", "r", "cc", "c", "p", "pba", "pbei", "d", "dg",
            "dl", "x", "xx", "xu", "q", "qv", "qt", "mq");
    /** Words that the tagger may keep but that say nothing about a rule. */
    private static final Set<String> STOP_WORDS = Set.of("是", "有", "能", "可以", "会", "要", "需要", "应该",
            "算", "吗", "呢", "吧", "了", "的", "什么", "怎么", "怎么办", "哪些", "如何", "多少", "多长", "时间内",
            "不用", "就", "还", "没", "还没", "出", "办", "让", "给", "被", "把", "在", "对", "关于", "规定", "法律",
            "法规", "一下", "这个", "那个", "我", "我们", "他", "他们", "你");

    static {
        HanLP.Config.ShowTermNature = true;
        FIELD_WORDS.forEach(CustomDictionary::add);
    }

    private ChineseSegmenter() {
    }

    /** Traditional characters to simplified, full-width letters and digits to half-width, lower case. */
    public static String normalise(String text) {
        StringBuilder builder = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E' && Character.isLetterOrDigit(c - 0xFEE0)) {
                builder.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                builder.append(' ');
            } else {
                builder.append(c);
            }
        }
        return HanLP.convertToSimplifiedChinese(builder.toString()).toLowerCase(Locale.ROOT);
    }

    /** All words of a text (punctuation dropped), for the word field of the index. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Term term : StandardTokenizer.segment(text)) {
            String word = term.word.strip();
            if (!word.isEmpty() && !"w".equals(term.nature.toString())) {
                words.add(word);
            }
        }
        return words;
    }

    /** The word field's content: the words joined by spaces. */
    public static String indexForm(String text) {
        return text == null ? "" : String.join(" ", words(text));
    }

    /** The words of a query that carry meaning (particles, pronouns, modal words and the like dropped). */
    public static List<String> contentWords(String query) {
        List<String> words = new ArrayList<>();
        for (Term term : StandardTokenizer.segment(query)) {
            String word = term.word.strip();
            if (word.isEmpty() || EMPTY_NATURES.contains(term.nature.toString()) || STOP_WORDS.contains(word)) {
                continue;
            }
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** an quan sheng chan fa → "anquanshengchanfa". */
    public static String pinyin(String text) {
        return HanLP.convertToPinyinString(text, "", false).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** 安全生产法 → "aqscf". */
    public static String pinyinInitials(String text) {
        return HanLP.convertToPinyinFirstCharString(text, "", false).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }
}
