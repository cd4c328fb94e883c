package io.zhibiao.core.detect;

import io.zhibiao.core.model.PortalMetadata;

import java.util.regex.Pattern;

/**
 * Finds a report's title: the portal's 名称 when there is one, else the most specific short line near the top
 * that names a report (2023年咸宁市政府工作报告 beats a bare 政府工作报告). Returns null for texts that start
 * straight with 各位代表 — inventing a title would hide that the document has none.
 */
public final class TitleDetector {

    private static final Pattern KEYWORD = Pattern.compile(
            "政府工作报告|工作报告|完成情况|通报|图解|解读|一图读懂");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^[•·\\s]*名\\s*称\\s*[:：]\\s*");
    private static final int MAX_LINES = 25;
    private static final int MAX_TITLE_LENGTH = 60;

    public String detect(String text, PortalMetadata metadata) {
        if (metadata != null && metadata.name() != null && !metadata.name().isBlank()) {
            return metadata.name().strip();
        }
        if (text == null) {
            return null;
        }
        String best = null;
        int bestScore = 0;
        int seen = 0;
        for (String raw : text.split("\\R")) {
            String line = LABEL_PREFIX.matcher(raw).replaceFirst("").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > MAX_LINES || line.startsWith("各位代表")) {
                break;
            }
            if (line.length() > MAX_TITLE_LENGTH || line.startsWith("——") || !KEYWORD.matcher(line).find()
                    || looksLikeSentence(line)) {
                continue;
            }
            int score = 1 + (line.matches(".*\\d{4}\\s*年.*") ? 1 : 0) + (line.length() > 8 ? 1 : 0);
            if (score > bestScore) {
                best = line;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean looksLikeSentence(String line) {
        return line.contains("，") || line.contains(",") || line.endsWith("。");
    }
}
