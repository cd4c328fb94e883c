package io.zhibiao.core.extract.number;

/**
 * Words that contain a numeral character but do not state a quantity (一切, 四川, 统一, 十分 ...).
 * Kept short on purpose: only words frequent in prose and reports where a number would be noise.
 */
final class NonNumberWords {
    private static final String[] WORDS = {
        "一切", "壹切", "一看", "一些", "一起", "一直", "一样", "一般", "一致", "一旦", "一律", "一定", "一道", "一带一路",
        "一体化", "一成不变", "一如既往", "一举", "统一", "唯一", "万一", "进一步", "逐一", "四川", "十分", "两两", "零售", "零星",
        "三令五申", "千方百计", "万众一心", "一心一意", "七上八下", "乱七八糟", "五湖四海", "一五一十", "九州",
    };

    private NonNumberWords() {
    }

    /** If a listed word covers {@code pos}, the index just after it; otherwise -1. */
    static int skipEnd(CharSequence s, int pos, int limit) {
        char c = s.charAt(pos);
        for (String w : WORDS) {
            int at = w.indexOf(c);
            while (at >= 0) {
                int from = pos - at;
                if (from >= 0 && from + w.length() <= limit && matches(s, from, w)) {
                    return from + w.length();
                }
                at = w.indexOf(c, at + 1);
            }
        }
        return -1;
    }

    private static boolean matches(CharSequence s, int from, String w) {
        for (int k = 0; k < w.length(); k++) {
            if (s.charAt(from + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
