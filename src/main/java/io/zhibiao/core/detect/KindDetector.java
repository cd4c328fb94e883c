package io.zhibiao.core.detect;

import io.zhibiao.core.model.Detected;
import io.zhibiao.core.model.DocumentKind;

import java.util.regex.Pattern;

/**
 * Tells a work report (whole, or a part such as its targets page) from a completion report, a summary and
 * anything else. Labels (title, portal name) decide first; otherwise the opening and the headings of the text.
 */
public final class KindDetector {

    private static final Pattern COMPLETION = Pattern.compile(
            "完成情况(的)?(通报|报告|公示|公告)|督查(情况)?通报|目标任务(完成|落实)情况|重点工作(完成|落实|推进)情况");
    private static final Pattern SUMMARY = Pattern.compile(
            "图解|解读|一图(读懂|看懂|速览|了解)|图说|速览|划重点|要点|\\d{4}年怎么看|\\d{4}年怎么干|关键词|数读");
    private static final Pattern WORK_REPORT_LABEL = Pattern.compile("政府工作报告");
    private static final Pattern WORK_REPORT_OPENING = Pattern.compile(
            "各位代表|向大会报告(政府)?工作|人民代表大会第.{1,4}次会议上");
    private static final Pattern WORK_REPORT_HEADING = Pattern.compile(
            "\\d{4}年(政府)?工作(回顾|总体要求|安排)|\\d{4}年(经济社会)?(发展)?(的)?主要预期目标|今年(政府)?工作(的)?总体要求");

    /** Where the opening ends: title, dateline, salutation and first paragraph. */
    private static final int OPENING = 300;

    public Detected<DocumentKind> detect(String text, String title) {
        String body = text == null ? "" : text;
        String label = title == null ? "" : title;
        String opening = body.substring(0, Math.min(body.length(), OPENING));

        if (COMPLETION.matcher(label).find()) {
            return new Detected<>(DocumentKind.COMPLETION_REPORT, 0.95);
        }
        if (SUMMARY.matcher(label).find()) {
            return new Detected<>(DocumentKind.SUMMARY, 0.9);
        }
        if (WORK_REPORT_LABEL.matcher(label).find() && !label.contains("学习") && !label.contains("讨论")) {
            return new Detected<>(DocumentKind.WORK_REPORT, 0.95);
        }
        if (COMPLETION.matcher(opening).find()) {
            return new Detected<>(DocumentKind.COMPLETION_REPORT, 0.8);
        }
        if (SUMMARY.matcher(opening).find()) {
            return new Detected<>(DocumentKind.SUMMARY, 0.75);
        }
        if (WORK_REPORT_OPENING.matcher(opening).find()) {
            return new Detected<>(DocumentKind.WORK_REPORT, 0.9);
        }
        if (WORK_REPORT_HEADING.matcher(body).find()) {
            return new Detected<>(DocumentKind.WORK_REPORT, 0.7);
        }
        if (COMPLETION.matcher(body).find()) {
            return new Detected<>(DocumentKind.COMPLETION_REPORT, 0.5);
        }
        if (body.contains("政府工作报告")) {
            return new Detected<>(DocumentKind.WORK_REPORT, 0.4);
        }
        return new Detected<>(DocumentKind.OTHER, 0.3);
    }
}
