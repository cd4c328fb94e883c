package io.zhibiao.core.export;

import io.zhibiao.core.model.TargetWording;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How firmly a target is worded, read from the words of target-wording.txt around its number. */
class TargetWordingReaderTest {
    private static String read(String sentence, double value) {
        TargetWordingReader.Reading r = TargetWordingReader.read(sentence, value);
        return r.wording() == TargetWording.PLAIN ? "plain" : r.wording().id() + " " + r.cue();
    }

    @Test
    void theFiguresOwnClauseDecides() {
        assertEquals("hard 以上", read("地区生产总值增长6%以上，一般公共预算收入增长5%。", 6));
        assertEquals("plain", read("地区生产总值增长6%以上、一般公共预算收入增长5%。", 5),
                "以上 speaks for its own number only");
        assertEquals("soft 左右", read("确保地区生产总值增长6%左右。", 6), "soft before hard: never overstate");
        assertEquals("hard 不低于", read("粮食产量不低于500万吨。", 500));
    }

    @Test
    void aLeadWordGovernsTheListAfterIt() {
        assertEquals("hard 确保", read("确保地区生产总值增长6%、一般公共预算收入增长5%。", 5));
        assertEquals("soft 预期", read("主要预期目标是：地区生产总值增长5%，城镇调查失业率5.5%。", 5.5));
        assertEquals("soft 力争", read("地区生产总值增长5.5%、力争6%。", 6));
        assertEquals("plain", read("地区生产总值增长5.5%、力争6%。", 5.5), "力争 comes after the base target");
    }

    @Test
    void aNumberIsFoundOnItsOwnNotInsideAYear() {
        assertEquals("hard 以上", read("预计2025年，地区生产总值增长5%以上。", 5),
                "the 5 of 2025 is not the target's number: its clause is the one with 以上");
        assertEquals(-1, TargetWordingReader.numberAt("增长16.5%", "6"));
        assertEquals(2, TargetWordingReader.numberAt("增长6.5%", "6.5"));
    }
}
