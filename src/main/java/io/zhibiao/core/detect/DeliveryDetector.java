package io.zhibiao.core.detect;

import io.zhibiao.core.extract.number.NumberParser;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline (——2023年1月4日在咸宁市第六届人民代表大会第二次会议上) and the speaker line
 * (市长 杨 军) under a report's title. Only the opening of the text is searched: later dates are events, and
 * later 市长 are other people.
 */
public final class DeliveryDetector {

    /** Delivery facts; any field may be null. */
    public record Delivery(LocalDate date, String speaker, String speakerTitle) {
    }

    static final int OPENING = 1500;

    private static final String NUM = "[0-9〇零一二三四五六七八九十两○Ｏ]";
    private static final Pattern DATELINE = Pattern.compile(
            "(" + NUM + "{4})\\s*年\\s*(" + NUM + "{1,3})\\s*月\\s*(" + NUM + "{1,3})\\s*日\\s*(?:在|于)[^\\n]{0,60}?(?:会议|大会)");
    /** 在四川省第十三届人民代表大会第一次会议上（2018年1月26日）: the date in brackets after the meeting. */
    private static final Pattern DATELINE_AFTER = Pattern.compile(
            "(?:会议|大会)上?\\s*[（(]\\s*(" + NUM + "{4})\\s*年\\s*(" + NUM + "{1,3})\\s*月\\s*(" + NUM + "{1,3})\\s*日\\s*[)）]");
    private static final String TITLES = "(?:代理)?代?(?:市长|县长|区长|州长|盟长|旗长|省长|主席)";
    private static final Pattern SPEAKER = Pattern.compile(
            "(?m)^[\\s　]*(?:[\\u4e00-\\u9fa5]{2,20}人民政府)?(" + TITLES + ")[\\s　:：]*"
                    + "((?:[\\u4e00-\\u9fa5·][\\s　]*){2,5}?)[\\s　]*$");

    public Delivery detect(String text) {
        String opening = text == null ? "" : text.substring(0, Math.min(text.length(), OPENING));
        return new Delivery(date(opening), speaker(opening, 2), speaker(opening, 1));
    }

    private static LocalDate date(String opening) {
        Matcher m = DATELINE.matcher(opening);
        if (!m.find()) {
            m = DATELINE_AFTER.matcher(opening);
            if (!m.find()) {
                return null;
            }
        }
        try {
            return LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * 二〇二三, 十二, 2023 read by the one numeral reader of Zhibiao; datelines also write zero as ○ or Ｏ,
     * which stand for other things in running text and so are mapped here only.
     */
    private static int number(String written) {
        Double v = NumberParser.parse(written.replace('○', '〇').replace('Ｏ', '〇'));
        if (v == null || v != Math.rint(v)) {
            throw new IllegalArgumentException("not a whole number: " + written);
        }
        return v.intValue();
    }

    /** group 1 = title (市长), group 2 = name with the spacing of typeset names removed (杨 军 → 杨军). */
    private static String speaker(String opening, int group) {
        Matcher m = SPEAKER.matcher(opening);
        if (!m.find()) {
            return null;
        }
        String value = m.group(group).replaceAll("[\\s　]", "");
        return group == 2 && value.length() > 4 && !value.contains("·") ? null : value;
    }
}
