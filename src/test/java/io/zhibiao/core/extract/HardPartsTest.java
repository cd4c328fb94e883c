package io.zhibiao.core.extract;

import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hard parts of extraction on small synthetic sentences. */
class HardPartsTest {
    private static final IndicatorExtractor EX = new IndicatorExtractor(IndicatorCatalog.loadDefault());
    private static final ExtractionContext WR2024 = new ExtractionContext(2024, DocumentKind.WORK_REPORT);

    private static List<IndicatorValue> run(String text) {
        return EX.extract(text, WR2024);
    }

    private static List<IndicatorValue> coded(String text) {
        return run(text).stream().filter(v -> v.code() != null).collect(Collectors.toList());
    }

    @Test
    void normalisesAmountsAndKeepsUnitAsWritten() {
        IndicatorValue v = coded("一、2023年工作回顾\n一般公共预算收入完成96.03亿元。").get(0);
        assertEquals("FISCAL_REV", v.code());
        assertEquals(96.03, v.value());
        assertEquals("亿元", v.unit());
        assertEquals(9.603e9, v.normalizedValue(), 1);
        assertEquals("元", v.normalizedUnit());
        assertEquals(ValueKind.ACTUAL, v.kind());
        assertEquals(2023, v.year());
    }

    @Test
    void thousandsSeparatorsFullWidthDigitsAndStraySpaces() {
        assertEquals(12345.0, coded("城镇新增就业12,345人").get(0).value());
        assertEquals(3.7, coded("城镇新增就业３.７万人").get(0).value());
        IndicatorValue damaged = coded("地区生产总值达到96. 03亿元").get(0);
        assertEquals(96.03, damaged.value());
        assertTrue(damaged.confidence() < 0.5);
    }

    @Test
    void notIndicatorNumbers() {
        String text = "建设5G基站,实施十四五规划,2023年1-11月,居全省第3位,居全省前4,(一)1.推进工作,电话0715-8123456,PM2.5治理,G106改建。";
        assertTrue(run(text).isEmpty(), () -> run(text).toString());
    }

    @Test
    void pointsAreKeptApartFromPercent() {
        IndicatorValue v = run("城镇化率提高1.2个百分点").get(0);
        assertEquals("百分点", v.unit());
        assertEquals(Measure.GROWTH, v.measure());
    }

    @Test
    void declineIsNegativeGrowth() {
        IndicatorValue v = coded("2024年主要预期目标:单位GDP能耗下降3%").get(0);
        assertEquals("ENERGY_INTENSITY", v.code());
        assertEquals(-3.0, v.value());
        assertEquals(ValueKind.TARGET, v.kind());
    }

    @Test
    void qualifiersAndRanges() {
        assertEquals(Qualifier.GE, coded("粮食播种面积稳定在144.2万亩以上").get(0).qualifier());
        assertEquals(Qualifier.GE, coded("民生支出占比不低于78%").get(0).qualifier());
        assertEquals(Qualifier.LE, coded("城镇登记失业率控制在3%以内").get(0).qualifier());
        assertEquals(Qualifier.APPROX, coded("居民消费价格涨幅控制在3%左右").get(0).qualifier());
        assertEquals(Qualifier.GE, coded("进出口总额增长超过18%").get(0).qualifier());
        IndicatorValue r = coded("地区生产总值增长6%-6.5%").get(0);
        assertEquals(Qualifier.RANGE, r.qualifier());
        assertEquals(6.0, r.low());
        assertEquals(6.5, r.high());
        IndicatorValue r2 = coded("地区生产总值增长6%至7%").get(0);
        assertEquals(7.0, r2.high());
        IndicatorValue r3 = run("培育骨干企业20-67个").get(0);
        assertEquals(Qualifier.RANGE, r3.qualifier());
        assertEquals(67.0, r3.high());
    }

    @Test
    void stretchTargetsAreTwoValues() {
        List<IndicatorValue> vs = coded("2024年主要预期目标:地区生产总值增长8%、力争9%;固定资产投资增长12%");
        assertEquals(3, vs.size());
        assertEquals(8.0, vs.get(0).value());
        assertFalse(vs.get(0).stretch());
        assertEquals(9.0, vs.get(1).value());
        assertTrue(vs.get(1).stretch());
        assertEquals("GDP", vs.get(1).code());
        assertFalse(vs.get(2).stretch());
    }

    @Test
    void qualitativeTargetsHaveNoValue() {
        List<IndicatorValue> vs = coded("2024年主要预期目标:城乡居民收入增长与经济增长基本同步,单位GDP能耗完成省下达的任务。");
        assertEquals(2, vs.size());
        assertTrue(vs.stream().allMatch(IndicatorValue::qualitative));
        assertTrue(vs.stream().allMatch(v -> v.value() == null && v.kind() == ValueKind.TARGET && v.year() == 2024));
    }

    @Test
    void sectionHeadingsDecideKindAndYear() {
        String text = "一、2023年工作回顾\n地区生产总值增长6.5%。\n二、2024年工作安排\n地区生产总值增长6%。";
        List<IndicatorValue> vs = coded(text);
        assertEquals(ValueKind.ACTUAL, vs.get(0).kind());
        assertEquals(2023, vs.get(0).year());
        assertEquals(ValueKind.TARGET, vs.get(1).kind());
        assertEquals(2024, vs.get(1).year());
        List<IndicatorValue> digest = coded("2023年怎么看?\n农业总产值预计增长5%左右。\n2024年怎么干?\n民间投资增长8%。");
        assertTrue(digest.get(0).estimated());
        assertEquals(2023, digest.get(0).year());
        assertEquals(ValueKind.TARGET, digest.get(1).kind());
    }

    @Test
    void completionReportPatternGivesActualAndTarget() {
        List<IndicatorValue> vs = EX.extract("地区生产总值增长8.1%(目标8%)。",
                new ExtractionContext(2023, DocumentKind.COMPLETION_REPORT));
        assertEquals(2, vs.size());
        assertEquals(ValueKind.ACTUAL, vs.get(0).kind());
        assertEquals(ValueKind.TARGET, vs.get(1).kind());
        assertEquals("GDP", vs.get(1).code());
        assertEquals(2023, vs.get(1).year());
        assertEquals(8.0, vs.get(1).value());
    }

    @Test
    void distributives() {
        List<IndicatorValue> inc = coded("城乡居民人均可支配收入分别增长6.2%、8.8%。");
        assertEquals(List.of("INCOME_URBAN", "INCOME_RURAL"), inc.stream().map(IndicatorValue::code).toList());
        assertEquals(8.8, inc.get(1).value());
        List<IndicatorValue> tour = run("接待游客853.7万人次,综合收入55.7亿元,分别增长31.8%、38.2%。");
        assertEquals(4, tour.size());
        assertEquals("TOURIST_VISITS", tour.get(2).code());
        assertEquals(Measure.GROWTH, tour.get(2).measure());
        assertEquals("综合收入", tour.get(3).name());
        assertEquals(38.2, tour.get(3).value());
        List<IndicatorValue> both = coded("规上工业增加值、固定资产投资均增长8%。");
        assertEquals(List.of("IND_VA", "FAI"), both.stream().map(IndicatorValue::code).toList());
    }

    @Test
    void oneSubjectSeveralValues() {
        List<IndicatorValue> vs = coded("地区生产总值增长9%,总量突破185亿元。");
        assertEquals(2, vs.size());
        assertEquals(Measure.LEVEL, vs.get(1).measure());
        assertEquals("GDP", vs.get(1).code());
        assertEquals(Qualifier.GE, vs.get(1).qualifier());
        List<IndicatorValue> grain = coded("粮食播种面积298.41万亩,产量24.16亿斤。");
        assertEquals("GRAIN_OUTPUT", grain.get(1).code());
    }

    @Test
    void uncatalogedQuantitiesAreKeptWithTheirName() {
        IndicatorValue v = run("力争新增国家级绿色工厂18家。").get(0);
        assertEquals(null, v.code());
        assertTrue(v.name().contains("绿色工厂"));
        assertEquals(18.0, v.value());
    }

    @Test
    void lostMultiplierLowersConfidence() {
        IndicatorValue v = coded("新增市场主体23户").get(0);
        assertEquals("MARKET_ENTITIES", v.code());
        assertTrue(v.confidence() < 0.5);
    }

    @Test
    void offsetsPointIntoTheGivenText() {
        String text = "前言。规上工业增加值增长7%左右。";
        IndicatorValue v = coded(text).get(0);
        assertEquals("规上工业增加值增长7%左右", text.substring(v.start(), v.end()));
    }

    @Test
    void robustOnDegenerateInput() {
        assertTrue(run("").isEmpty());
        assertTrue(run(null).isEmpty());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append("新增项目").append(i % 97 + 1).append("个");
        }
        long t = System.nanoTime();
        assertEquals(10_000, run(sb.toString()).size());
        String big = "增长".repeat(5_000_000) + "8%";
        run(big);
        assertTrue((System.nanoTime() - t) / 1e9 < 10, "linear time");
    }
}
