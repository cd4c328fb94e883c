package io.zhibiao.core.detect;

import io.zhibiao.core.model.Region;

import java.util.HashMap;
import java.util.Map;

/**
 * Phrases of a report that reveal which unit is speaking, independent of any one document:
 * the unit word of 全市/全县/全州 and 市长/县长, and whether a name sits in a "subject" position
 * (咸宁市第六届人民代表大会, 代表北京市人民政府, 现代化凉山) or a "superior" one (荆州市委 named in full).
 */
final class SubjectCues {

    /** Unit words, in the order a region's full name can end with them. */
    static final String[] UNITS = {"市", "县", "州", "区", "盟", "旗", "省"};

    private static final String UNIT_CHARS = String.join("", UNITS);

    private SubjectCues() {
    }

    /**
     * How strongly each unit word is used for the speaker's own unit. 我代表市人民政府 and 在市委的坚强领导下 are
     * decisive, 我市/我州 nearly so; 全市 counts once per use because 全省/全区 also occur, for the province or autonomous region a city
     * ranks itself in (全省第一). X长 is left out: 城市长效 is not a mayor.
     */
    static Map<String, Integer> unitCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String u : UNITS) {
            counts.put(u, 0);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (UNIT_CHARS.indexOf(c) < 0) {
                continue;
            }
            String u = String.valueOf(c);
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            int weight = 0;
            if (before == '全') {
                weight += 1;
            } else if (before == '我') {
                weight += 3;
            }
            if (text.startsWith("人民政府", i + 1)) {
                weight += i >= 2 && text.startsWith("代表", i - 2) ? 20 : 1;
            } else if (text.startsWith("委的坚强领导", i + 1)) {
                weight += 5;
            }
            if (weight > 0) {
                counts.merge(u, weight, Integer::sum);
            }
        }
        return counts;
    }

    /** The national report (我代表国务院) is about no region of the gazetteer. */
    static boolean isNational(String opening) {
        return opening.contains("代表国务院") || opening.contains("全国人民代表大会第");
    }

    /** The unit word a region's own report uses for itself: 咸宁市 → 市, 凉山彝族自治州 → 州, 广西壮族自治区 → 区. */
    static String unitOf(Region r) {
        String name = r.name();
        if (name.endsWith("地区")) {
            return "区";
        }
        String last = name.substring(name.length() - 1);
        return last;
    }

    /** Weight of subject phrases right around a mention; 0 when the mention is just a mention. */
    static double subjectWeight(String text, int start, int end) {
        double w = 0;
        if (followedBy(text, end, "人民代表大会") || followedWithin(text, end, "第", 12, "届人民代表大会")) {
            w += 3;
        }
        if (followedBy(text, end, "人民政府") || followedBy(text, end, "政府工作报告")) {
            w += precededBy(text, start, "代表") ? 3 : 1.5;
        }
        if (followedBy(text, end, "人大") || followedBy(text, end, "政府")) {
            w += 0.5;
        }
        if (precededBy(text, start, "现代化") || followedBy(text, end, "篇章")) {
            w += 1;
        }
        return w;
    }

    /** A unit named in full before 委 (荆州市委, 湖北省委) is normally the superior of the speaker. */
    static boolean superiorPosition(String text, int end) {
        return followedBy(text, end, "委") || followedBy(text, end, "级");
    }

    private static boolean followedBy(String text, int end, String s) {
        return text.startsWith(s, end);
    }

    private static boolean followedWithin(String text, int end, String first, int window, String then) {
        if (!text.startsWith(first, end)) {
            return false;
        }
        int idx = text.indexOf(then, end);
        return idx >= 0 && idx - end <= window;
    }

    private static boolean precededBy(String text, int start, String s) {
        return start >= s.length() && text.startsWith(s, start - s.length());
    }

    static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
            n++;
        }
        return n;
    }
}
