package io.zhibiao.core.logging;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogRedactionTest {
    private static final String SENTENCE = "全年地区生产总值增长6.5%，城镇居民人均可支配收入增长7%，一般公共预算收入增长8%。";

    @Test
    void aSentenceOfReportTextIsWithheldWithItsLength() {
        String line = "Value too long for column \"TEXT\": \"'" + SENTENCE + "' (44)\"";
        String redacted = LogRedaction.redact(line);
        assertFalse(redacted.contains("地区生产总值"), redacted);
        assertFalse(redacted.contains("可支配收入"), redacted);
        // Up to the last Han character: the figure and full stop after it stay.
        assertEquals("Value too long for column \"TEXT\": \"'[text withheld: "
                + SENTENCE.codePointCount(0, SENTENCE.length() - 3) + " chars]8%。' (44)\"", redacted);
    }

    @Test
    void regionNamesTitlesAndPathsWithChineseNamesStay() {
        for (String kept : new String[]{
                "No region for 湖北省咸宁市嘉鱼县 in the gazetteer",
                "Imported /data/报告/湖北省/2024年咸宁市人民政府工作报告.txt",
                "C:\\Users\\李明\\AppData\\Roaming\\Zhibiao\\logs",
                "Search index caught up with 3 documents in 40 ms"}) {
            assertEquals(kept, LogRedaction.redact(kept));
        }
    }

    @Test
    void chineseWordsFarApartInAnEnglishLineAreNotJoined() {
        String line = "Tag 重点关注指标 was renamed by the analyst to 需要复核数据 and then merged into 待核实口径问题";
        assertEquals(line, LogRedaction.redact(line));
    }

    @Test
    void textWithheldOnEveryLineOfAStackTrace() {
        String trace = "java.lang.IllegalStateException: " + SENTENCE + "\n\tat io.zhibiao.X.y(X.java:3)\n"
                + "Caused by: java.lang.RuntimeException: " + SENTENCE + "\n";
        String redacted = LogRedaction.redact(trace);
        assertFalse(redacted.contains("生产总值"), redacted);
        assertTrue(redacted.contains("\tat io.zhibiao.X.y(X.java:3)\n"), redacted);
        assertEquals(2, redacted.split("text withheld", -1).length - 1, redacted);
    }

    @Test
    void passwordsAreMasked() {
        assertEquals("jdbc:postgresql://db:5432/zb?user=li&password=***&ssl=true",
                LogRedaction.redact("jdbc:postgresql://db:5432/zb?user=li&password=s3cret&ssl=true"));
        assertEquals("jdbc:h2:tcp://localhost/zb;USER=sa;PASSWORD=***;LOCK_TIMEOUT=10000",
                LogRedaction.redact("jdbc:h2:tcp://localhost/zb;USER=sa;PASSWORD=hunter2;LOCK_TIMEOUT=10000"));
        assertEquals("https://li:***@example.org/path", LogRedaction.redact("https://li:s3cret@example.org/path"));
        assertEquals("pwd: ***", LogRedaction.redact("pwd: s3cret"));
    }

    @Test
    void englishTextIsLeftAlone() {
        String line = "Could not write the search index: java.io.IOException: No space left on device";
        assertEquals(line, LogRedaction.redact(line));
    }
}
