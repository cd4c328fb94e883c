package io.zhibiao.core.extract.scan;

import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.extract.cues.CueFile;

/**
 * Reads the unit right after a number (亿元, 万人次, %, 个百分点 …) and knows how to normalise it:
 * 96.03亿元 -> 9.603e9 元. Units of time (年, 月, 日) are deliberately unknown, so years, dates and
 * durations never become indicator values.
 */
public final class UnitNormalizer {

    /** A unit read at a position: as written, its multiplier and base unit, where it ends. */
    public record Reading(String unit, double multiplier, String baseUnit, int end, boolean moreThan) {
    }

    private static final CueFile WORDS = CueFile.load("/io/zhibiao/core/extract/unit-words.txt");
    /** Base units, matched longest first at a position: the unit's canonical spelling is the value. */
    private static final PhraseTrie<String> BASE_UNITS = new PhraseTrie<>();
    private static final String[] MULTIPLIERS;
    private static final double[] MULTIPLIER_VALUES;
    private static final String COUNTERS = WORDS.chars("counters");
    private static final String[] DURATIONS = WORDS.array("durations");

    static {
        java.util.Map<String, String> same = new java.util.HashMap<>();
        for (String line : WORDS.lines("same_unit")) {
            String[] f = line.split("\\s+");
            same.put(f[0], f[1]);
        }
        for (String u : WORDS.lines("base_units")) {
            BASE_UNITS.add(u, same.getOrDefault(u, u));
        }
        java.util.List<String> m = WORDS.lines("multipliers");
        MULTIPLIERS = new String[m.size()];
        MULTIPLIER_VALUES = new double[m.size()];
        for (int i = 0; i < m.size(); i++) {
            String[] f = m.get(i).split("\\s+");
            MULTIPLIERS[i] = f[0];
            MULTIPLIER_VALUES[i] = Double.parseDouble(f[1]);
        }
    }

    private UnitNormalizer() {
    }

    /**
     * The unit starting at {@code pos} (at most one stray space skipped), or null when none is there.
     * {@code allowMultiplier} is false when the number already carried 万/亿 itself (三千万元 read as 三千 + 万元).
     */
    public static Reading read(CharSequence text, int pos, int limit) {
        int p = skipSpace(text, pos, limit);
        // a base unit first: 千米, 千瓦 and 百分点 begin with what looks like a multiplier
        Reading plain = base(text, p, limit, "", 1, false);
        if (plain != null) {
            return plain;
        }
        double mult = 1;
        String multText = "";
        for (int i = 0; i < MULTIPLIERS.length; i++) {
            if (startsWith(text, p, limit, MULTIPLIERS[i])) {
                mult = MULTIPLIER_VALUES[i];
                multText = MULTIPLIERS[i];
                break;
            }
        }
        int q = p + multText.length();
        boolean more = false;
        if (q < limit && (text.charAt(q) == '余' || text.charAt(q) == '多')) {
            more = true;
            q++;
        }
        if (multText.isEmpty() && !more) {
            return null;
        }
        Reading withMultiplier = base(text, q, limit, multText, mult, more);
        if (withMultiplier != null) {
            return withMultiplier;
        }
        if (!multText.isEmpty()) {
            // 1.57万 with the unit lost or implied: keep the multiplier as the unit
            return new Reading(multText, mult, null, p + multText.length(), more);
        }
        return null;
    }

    private static Reading base(CharSequence text, int q, int limit, String multText, double mult, boolean more) {
        return BASE_UNITS.longestAt(text, q, limit, (base, from, end) -> {
            boolean ratio = base.equals("%") || base.equals("百分点") || base.equals("‰");
            if (ratio && !multText.isEmpty()) {
                return null;
            }
            if (end - from == 1 && text.charAt(from) == '个' && startsWithAny(text, end, limit, DURATIONS)) {
                // 连续7个季度, 3个月: a span of time, like 年 and 月 never an indicator value
                return null;
            }
            if (end - from == 1 && text.charAt(from) == '个' && multText.isEmpty() && listEndsInPoints(text, end, limit)) {
                // 分别高于全国2个、1.3个、6.1个百分点: the list's last item names the unit of all of them
                return new Reading("百分点", 1, "百分点", end, more);
            }
            int per = perUnitEnd(text, end, limit);
            if (per > end) {
                // 7.27亿元/平方公里, 3000元/吨: a quantity per unit of another, never the amount itself
                String denominator = text.subSequence(end + 1, per).toString();
                return new Reading(multText + base + "/" + denominator, mult, base + "/" + denominator, per, more);
            }
            return new Reading(multText + base, mult, base, end, more);
        });
    }

    /** After X个: 、Y个、…、Z个百分点 follows, each item a number in digits, at most eight of them. */
    private static boolean listEndsInPoints(CharSequence text, int from, int limit) {
        int k = from;
        for (int items = 0; items < 8; items++) {
            if (k >= limit || text.charAt(k) != '、') {
                return false;
            }
            int digits = ++k;
            while (k < limit && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '.')) {
                k++;
            }
            if (k == digits) {
                return false;
            }
            Integer unit = BASE_UNITS.longestAt(text, k, limit, (b, f, e) -> "百分点".equals(b) ? e : null);
            if (unit != null) {
                return true;
            }
            if (k >= limit || text.charAt(k) != '个') {
                return false;
            }
            k++;
        }
        return false;
    }

    /** Where a "/平方公里" right after a unit ends, or {@code at} when none follows. */
    private static int perUnitEnd(CharSequence text, int at, int limit) {
        if (at >= limit || (text.charAt(at) != '/' && text.charAt(at) != '／')) {
            return at;
        }
        Integer end = BASE_UNITS.longestAt(text, at + 1, limit, (b, from, e) -> e);
        return end == null ? at : end;
    }

    public static boolean isCounter(String baseUnit) {
        return baseUnit != null && baseUnit.length() == 1 && COUNTERS.indexOf(baseUnit.charAt(0)) >= 0;
    }

    static int skipSpace(CharSequence text, int pos, int limit) {
        if (pos < limit && isSpace(text.charAt(pos))) {
            return pos + 1;
        }
        return pos;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u3000' || c == '\t';
    }

    private static boolean startsWithAny(CharSequence text, int pos, int limit, String[] words) {
        for (String w : words) {
            if (startsWith(text, pos, limit, w)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(CharSequence text, int pos, int limit, String s) {
        if (pos + s.length() > limit) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (text.charAt(pos + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
