package io.zhibiao.core.extract.number;

/**
 * Reads one unsigned written number made of Arabic literals, Chinese digits and units, in any mix:
 * 三千五百万, 一百零五, 1.57万, 3万4000, 二〇二四, 两千万点五五四四, 十余万.
 * Mutable and reusable; results are left in the public fields after {@link #read}.
 */
final class NumeralReader {
    private static final int NONE = 0;
    private static final int ARABIC = 1;
    private static final int DIGIT = 2;
    private static final int SMALL = 3;
    private static final int BIG = 4;
    private static final int APPROX = 5;

    int end;
    double value;
    /** An unknown digit stood in for 余/多/几 (十余万): the value is a lower bound. */
    boolean approximate;
    /** Two bare digits before a unit (二三十 = "twenty or thirty"): no single value exists. */
    boolean vague;
    /** The number began with a unit character (百分之, 千三), not with a digit. */
    boolean startsWithUnit;
    /** Only one Arabic literal and nothing else was read. */
    boolean pureArabic;
    boolean hasDecimal;

    private final ArabicReader arabic = new ArabicReader();

    boolean read(CharSequence s, int start, int limit) {
        double total = 0;
        double section = 0;
        double cur = 0;
        boolean curSet = false;
        double mag = 0;
        long lastSmall = Long.MAX_VALUE;
        long lastUnit = 0;
        boolean zeroSinceUnit = false;
        boolean lastDigitZero = false;
        boolean anyUnit = false;
        int seq = 0;
        int prev = NONE;
        int i = start;
        int committedEnd = -1;
        double committedValue = 0;
        int arabicTokens = 0;
        approximate = false;
        vague = false;
        hasDecimal = false;
        startsWithUnit = false;
        boolean lastArabicFraction = false;

        while (true) {
            int j = i;
            if (prev != NONE) {
                j = SpacedText.skipSpaces(s, j, limit);
            }
            if (j >= limit) {
                break;
            }
            boolean spaced = j > i;
            char c = s.charAt(j);
            byte kind = NumeralChars.kind(c);
            if (kind == NumeralChars.ARABIC || (prev == NONE && NumeralChars.isDecimalPoint(c))) {
                boolean afterZero = prev == DIGIT && lastDigitZero && anyUnit;
                if (!(prev == NONE || prev == SMALL || prev == BIG || afterZero)) {
                    break;
                }
                if (!arabic.read(s, j, limit, prev == NONE)) {
                    break;
                }
                if (spaced && !unitFollows(s, arabic.end, limit)) {
                    break;
                }
                cur = arabic.value;
                curSet = true;
                lastArabicFraction = arabic.hasFraction;
                arabicTokens++;
                seq = 0;
                prev = ARABIC;
                i = arabic.end;
            } else if (c == '半' && prev == NONE && j + 1 < limit && NumeralChars.isUnit(s.charAt(j + 1))) {
                // 半百 = 50: half of the unit that follows
                cur = 0.5;
                curSet = true;
                seq = 0;
                lastDigitZero = false;
                prev = DIGIT;
                i = j + 1;
                continue;
            } else if (kind == NumeralChars.CHINESE_DIGIT) {
                long d = NumeralChars.value(c);
                if (prev == ARABIC || prev == APPROX) {
                    break;
                }
                if (prev == DIGIT && !(lastDigitZero && anyUnit)) {
                    // bare digit strings read positionally (二〇二四), never after a unit (一百五五)
                    if (anyUnit || NumeralChars.isLiang(c) || NumeralChars.isLiang(s.charAt(i - 1))) {
                        break;
                    }
                    cur = cur * 10 + d;
                    seq++;
                } else {
                    if (d == 0 && anyUnit) {
                        zeroSinceUnit = true;
                    }
                    cur = d;
                    seq = 1;
                }
                curSet = true;
                lastDigitZero = d == 0;
                prev = DIGIT;
                i = j + 1;
            } else if (kind == NumeralChars.SMALL_UNIT) {
                long u = NumeralChars.value(c);
                if (u >= lastSmall || (prev == ARABIC && lastArabicFraction && anyUnit)) {
                    break;
                }
                if (prev == NONE) {
                    // a lone 百/千 is a word (百姓, 千方百计); 十 alone is ten
                    if (u > 10 && !(j + 1 < limit && NumeralChars.isChineseNumeral(s.charAt(j + 1)))) {
                        break;
                    }
                    // 百分之 / 千分之 open a percent or permille, 十分之 is an ordinary tenth
                    startsWithUnit = u > 10;
                }
                if (prev == DIGIT && seq >= 2) {
                    vague = true;
                    end = j + 1;
                    return false;
                }
                double m = (!curSet || (prev == DIGIT && lastDigitZero) || prev == APPROX) ? 1 : cur;
                section += m * u;
                lastSmall = u;
                cur = 0;
                curSet = false;
                lastUnit = u;
                zeroSinceUnit = false;
                lastDigitZero = false;
                anyUnit = true;
                prev = SMALL;
                i = j + 1;
            } else if (kind == NumeralChars.BIG_UNIT) {
                long u = NumeralChars.value(c);
                if (prev == NONE) {
                    break;
                }
                double p = section + (curSet ? cur : 0);
                if (p == 0 && prev == BIG) {
                    total *= u;
                    mag *= u;
                } else if (p == 0 && !(prev == DIGIT || prev == ARABIC || prev == APPROX)) {
                    break;
                } else if (u > mag) {
                    total = (total + p) * u;
                    mag = u;
                } else {
                    total += p * u;
                    mag = u;
                }
                section = 0;
                lastSmall = Long.MAX_VALUE;
                cur = 0;
                curSet = false;
                lastUnit = u;
                zeroSinceUnit = false;
                lastDigitZero = false;
                anyUnit = true;
                seq = 0;
                prev = BIG;
                i = j + 1;
            } else if (NumeralChars.isApproximation(c)) {
                if (prev == NONE || prev == APPROX || prev == ARABIC && lastArabicFraction || !unitFollows(s, j + 1, limit)) {
                    break;
                }
                approximate = true;
                if (curSet && prev != DIGIT) {
                    // 500余万: the Arabic literal is the known part, the marker an unknown lower digit
                    section += cur;
                }
                cur = 0;
                curSet = true;
                prev = APPROX;
                i = j + 1;
                continue; // only a following unit makes the marker part of the number
            } else if (NumeralChars.isChinesePoint(c) && prev != APPROX && prev != NONE) {
                int fracEnd = readChineseFraction(s, j + 1, limit);
                if (fracEnd < 0) {
                    break;
                }
                double whole = total + section + tail(cur, curSet, prev, seq, zeroSinceUnit, lastUnit);
                double withFraction = whole + fraction;
                int e = fracEnd;
                if (!anyUnit) {
                    // 三点五万: the unit scales the whole decimal
                    int k = SpacedText.skipSpaces(s, e, limit);
                    while (k < limit && NumeralChars.kind(s.charAt(k)) == NumeralChars.BIG_UNIT) {
                        withFraction *= NumeralChars.value(s.charAt(k));
                        e = ++k;
                    }
                }
                hasDecimal = true;
                committedEnd = e;
                committedValue = withFraction;
                break;
            } else {
                break;
            }
            committedEnd = i;
            committedValue = total + section + tail(cur, curSet, prev, seq, zeroSinceUnit, lastUnit);
        }
        if (committedEnd < 0) {
            end = start;
            return false;
        }
        end = committedEnd;
        value = committedValue;
        pureArabic = arabicTokens == 1 && !anyUnit && !hasDecimal && prev == ARABIC && end == arabic.end;
        if (arabicTokens == 1 && !anyUnit && lastArabicFraction) {
            hasDecimal = true;
        }
        return true;
    }

    /** The pending digit; a lone digit after a unit abbreviates the next lower place (二百五 = 250). */
    private static double tail(double cur, boolean curSet, int prev, int seq, boolean zeroSinceUnit, long lastUnit) {
        if (!curSet) {
            return 0;
        }
        if (prev == DIGIT && seq == 1 && !zeroSinceUnit && lastUnit > 10) {
            return cur * (lastUnit / 10);
        }
        return cur;
    }

    private double fraction;

    /** Reads the digits after 点 into {@link #fraction}; returns the end or -1 when no digit follows. */
    private int readChineseFraction(CharSequence s, int from, int limit) {
        int i = SpacedText.skipSpaces(s, from, limit);
        double f = 0;
        double scale = 0.1;
        int end = -1;
        while (i < limit) {
            char c = s.charAt(i);
            if (!NumeralChars.isChineseDigit(c) || NumeralChars.isLiang(c)) {
                break;
            }
            f += NumeralChars.value(c) * scale;
            scale /= 10;
            end = ++i;
        }
        // rounding noise from repeated tenths would show up as 3.5000000000000004
        fraction = end < 0 ? 0 : Math.round(f * 1e12) / 1e12;
        return end;
    }

    private static boolean unitFollows(CharSequence s, int from, int limit) {
        int k = SpacedText.skipSpaces(s, from, limit);
        return k < limit && NumeralChars.isUnit(s.charAt(k));
    }
}
