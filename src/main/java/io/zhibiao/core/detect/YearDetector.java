package io.zhibiao.core.detect;

import io.zhibiao.core.model.Detected;
import io.zhibiao.core.model.DocumentKind;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report is for. A work report delivered in January 2024 is the 2024 report: it reviews 2023
 * (2023年工作回顾) and sets 2024's targets (2024年主要预期目标). A completion report is for the year whose
 * work it reviews. Each clue votes with a weight; the year with most weight wins.
 */
public final class YearDetector {

    private static final String Y = "((?:19|20)\\d{2})\\s*年";
    private static final Pattern LABEL_YEAR = Pattern.compile(Y + "(?:度)?[^\\n]{0,30}?(?:报告|通报|情况|图解|解读|怎么)");
    /** 政府工作报告（2021年）: the year in brackets after the title's noun. */
    private static final Pattern BRACKETED_YEAR = Pattern.compile(
            "(?:报告|通报)\\s*[（(]\\s*((?:19|20)\\d{2})\\s*年?\\s*[)）]");
    /** What follows "2023年" in a heading that looks back (工作回顾, 怎么看). */
    private static final Pattern REVIEW_TAIL = Pattern.compile("(?:政府)?(?:工作)?回顾|怎么看");
    /** What follows "2024年" in a heading that looks ahead (工作安排, 主要预期目标, 怎么干). */
    private static final Pattern PLAN_TAIL = Pattern.compile("(?:政府)?工作(?:总体要求|安排|任务|建议|重点)|"
            + "(?:经济社会)?(?:发展)?(?:的)?主要(?:预期)?目标|怎么干|(?:[一二三四五六七八九十]项)?重点工作"
            + "|[^，。；、\\n]{0,10}?(?:奋斗|预期|发展)目标");
    /** "2024年是…之年": a report characterises the year behind it and the year ahead; the later one is its year. */
    private static final Pattern CHARACTERISATION = Pattern.compile("[，,]?\\s?是");
    private static final int TAIL = 16;
    /** From this month on, a work report is delivered for the next year. */
    private static final int LATE_DELIVERY_MONTH = 11;
    private static final Pattern PAST_ACHIEVEMENT = Pattern.compile("(?:完成|实现|达到)了|(?:圆满|超额|较好|顺利|全面)(?:完成|实现)");

    public Detected<Integer> detect(String text, String title, DocumentKind kind, LocalDate deliveredOn,
                                    LocalDate publishedOn) {
        String body = text == null ? "" : text;
        boolean completion = kind == DocumentKind.COMPLETION_REPORT;
        Map<Integer, Double> votes = new HashMap<>();

        if (title != null) {
            Matcher m = LABEL_YEAR.matcher(title);
            Matcher bracketed = BRACKETED_YEAR.matcher(title);
            if (m.find()) {
                vote(votes, Integer.parseInt(m.group(1)), 6);
            } else if (bracketed.find()) {
                vote(votes, Integer.parseInt(bracketed.group(1)), 6);
            }
        }
        if (deliveredOn != null) {
            vote(votes, yearOfDelivery(deliveredOn, completion), 4);
        }
        YearMentions any = new YearMentions(body);
        Matcher review = REVIEW_TAIL.matcher(body);
        Matcher plan = PLAN_TAIL.matcher(body);
        Matcher characterisation = CHARACTERISATION.matcher(body);
        while (any.find()) {
            int y = any.year();
            int tailEnd = Math.min(body.length(), any.end() + TAIL);
            boolean looksBack = review.region(any.end(), tailEnd).lookingAt()
                    || any.start() >= 5 && body.startsWith("刚刚过去的", any.start() - 5);
            if (looksBack) {
                vote(votes, completion ? y : y + 1, 2);
            } else if (plan.region(any.end(), tailEnd).lookingAt() && !achieved(body, any.start())) {
                vote(votes, y, 2);
            } else if (characterisation.region(any.end(), tailEnd).lookingAt() && startsSentence(body, any.start())) {
                vote(votes, y, 0.5);
            }
        }
        if (publishedOn != null) {
            vote(votes, yearOfDelivery(publishedOn, completion), 1);
        }
        if (votes.isEmpty()) {
            return mostFrequentYear(body);
        }
        Map.Entry<Integer, Double> best = votes.entrySet().stream()
                .max(Map.Entry.<Integer, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow();
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        double confidence = (best.getValue() / total) * Math.min(1.0, 0.5 + total / 8);
        return new Detected<>(best.getKey(), Math.round(Math.min(0.99, confidence) * 100) / 100.0);
    }

    /**
     * The report year a delivery date points to. A completion report in the first months of a year looks back
     * at the year before; a work report delivered in November or December sets the targets of the next year
     * (兰州 2021-12-21 is the 2022 report).
     */
    static int yearOfDelivery(LocalDate date, boolean completion) {
        if (completion) {
            return date.getMonthValue() <= 9 ? date.getYear() - 1 : date.getYear();
        }
        return date.getMonthValue() >= LATE_DELIVERY_MONTH ? date.getYear() + 1 : date.getYear();
    }

    /** Last resort: the year the text talks about most, with low confidence. */
    private static Detected<Integer> mostFrequentYear(String body) {
        Map<Integer, Integer> counts = new HashMap<>();
        YearMentions m = new YearMentions(body);
        while (m.find()) {
            counts.merge(m.year(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Detected<>(e.getKey(), 0.3))
                .orElse(Detected.none());
    }

    /** 圆满完成2023年目标任务 reviews a plan; 全力实现2024年…目标 sets one. */
    private static boolean achieved(String body, int yearStart) {
        String before = body.substring(Math.max(0, yearStart - 8), yearStart);
        return PAST_ACHIEVEMENT.matcher(before).find();
    }

    private static boolean startsSentence(String body, int index) {
        if (index == 0) {
            return true;
        }
        char c = body.charAt(index - 1);
        return c == '\n' || c == '。' || c == '：' || c == ':' || Character.isWhitespace(c);
    }

    private static void vote(Map<Integer, Double> votes, int year, double weight) {
        votes.merge(year, weight, Double::sum);
    }
}
