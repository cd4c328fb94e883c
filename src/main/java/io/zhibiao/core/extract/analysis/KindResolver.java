package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.cues.ValueWords;
import io.zhibiao.core.extract.text.Section;
import io.zhibiao.core.extract.text.SectionContext;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.ValueKind;

/**
 * Target or actual, and which year: the section first (工作回顾 -> last year's results, 预期目标 -> this
 * year's targets); without one, cue words of the sentence (力争, 确保, 目标 … -> target); then a year written
 * in the sentence before the value, when it fits the kind (a target is not for a past year).
 */
public final class KindResolver {
    /** {@code guessed} is set when neither a heading nor a cue word decided. */
    public record Resolution(ValueKind kind, int year, boolean guessed) {
    }

    private static final String[] TARGET_CUES = ValueWords.TARGET_CUES;
    private static final String[] YEAR_BLOCKERS = "比较与同自从于至和".split("");

    private KindResolver() {
    }

    public static Resolution resolve(CharSequence text, int sentenceFrom, int valueStart, Section section,
                                     int reportYear, DocumentKind docKind) {
        ValueKind kind;
        int year;
        boolean guessed = false;
        if (section.known()) {
            kind = section.kind();
            year = section.year();
        } else if (Words.containsAny(text, sentenceFrom, valueStart, TARGET_CUES)) {
            kind = ValueKind.TARGET;
            year = reportYear;
        } else {
            kind = ValueKind.ACTUAL;
            year = SectionContext.defaultActualYear(reportYear, docKind);
            guessed = true;
        }
        Integer written = writtenYear(text, sentenceFrom, valueStart);
        if (written != null) {
            if (kind == ValueKind.TARGET && written >= reportYear) {
                year = written;
            } else if (kind == ValueKind.ACTUAL && written <= reportYear) {
                year = written;
            } else if (kind == ValueKind.ACTUAL && written > reportYear) {
                // 到2027年地区生产总值迈上4万亿元台阶 in a review: a year not yet begun has no results, only goals
                kind = ValueKind.TARGET;
                year = written;
            }
        }
        return new Resolution(kind, year, guessed);
    }

    /** The last 19xx年/20xx年 before the value in its sentence, unless it is a comparison base (比2020年). */
    static Integer writtenYear(CharSequence text, int from, int to) {
        for (int i = to - 5; i >= from; i--) {
            if (text.charAt(i + 4) == '年' && isYear(text, i)) {
                if (i > from) {
                    String before = String.valueOf(text.charAt(i - 1));
                    for (String b : YEAR_BLOCKERS) {
                        if (b.equals(before)) {
                            return null;
                        }
                    }
                }
                if (Words.startingAt(text, i + 5, Math.min(text.length(), i + 8), new String[]{"以来", "底", "初"}) != null) {
                    return null;
                }
                if (sinceLater(text, i + 5, to)) {
                    // 为2020年GDP统一核算改革以来最好位次: the year dates a reform, not the values after it
                    continue;
                }
                if (i > from && (text.charAt(i - 1) == '由' || text.charAt(i - 1) == '从')
                        && Words.containsAny(text, i + 5, to, "到", "至")) {
                    // 由2022年的74.5%提高到76.5%: the year dates the starting value only
                    return null;
                }
                if (ratioToYear(text, i + 5, to)) {
                    // 是2012年的1.5倍, 恢复至2019年的105.3%: the year is what the value is compared with
                    continue;
                }
                return Integer.parseInt(text.subSequence(i, i + 4).toString());
            }
        }
        return null;
    }

    /** 年的1.5倍 / 年的105.3%: right after a year, a ratio of the value to that year's. */
    private static boolean ratioToYear(CharSequence text, int from, int to) {
        if (from >= to || text.charAt(from) != '的') {
            return false;
        }
        int k = from + 1;
        while (k < to && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '.'
                || "一二两三四五六七八九十半".indexOf(text.charAt(k)) >= 0)) {
            k++;
        }
        return k > from + 1 && k < to && "倍%％".indexOf(text.charAt(k)) >= 0;
    }

    /** "2020年…以来" within the same clause: the year opens a comparison, it does not date the clause. */
    private static boolean sinceLater(CharSequence text, int from, int to) {
        int limit = Math.min(to, from + 16);
        for (int k = from; k + 2 <= limit; k++) {
            char c = text.charAt(k);
            if (c == '，' || c == ',' || c == '。' || c == '；') {
                return false;
            }
            if (c == '以' && text.charAt(k + 1) == '来') {
                return true;
            }
        }
        return false;
    }

    /** The first 19xx年/20xx年 in [from, to), whatever stands before it; null if none. */
    static Integer writtenYearAnywhere(CharSequence text, int from, int to) {
        for (int i = Math.max(0, from); i + 5 <= to; i++) {
            if (text.charAt(i + 4) == '年' && isYear(text, i)) {
                return Integer.parseInt(text.subSequence(i, i + 4).toString());
            }
        }
        return null;
    }

    private static boolean isYear(CharSequence text, int i) {
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        if (!((a == '2' && b == '0') || (a == '1' && b == '9'))) {
            return false;
        }
        if (!Character.isDigit(text.charAt(i + 2)) || !Character.isDigit(text.charAt(i + 3))) {
            return false;
        }
        return i == 0 || !Character.isDigit(text.charAt(i - 1));
    }
}
