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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hard parts met in reports of other layouts than the samples (the unseen-layout check), one rule each. */
class LayoutRulesTest {
    private static final IndicatorExtractor EX = new IndicatorExtractor(IndicatorCatalog.loadDefault());
    private static final ExtractionContext WR2024 = new ExtractionContext(2024, DocumentKind.WORK_REPORT);
    private static final String REVIEW = "一、2023年工作回顾\n";
    private static final String TARGETS = "二、2024年工作安排\n今年主要预期目标是:";

    private static List<IndicatorValue> coded(String text) {
        return EX.extract(text, WR2024).stream().filter(v -> v.code() != null).collect(Collectors.toList());
    }

    private static String codes(List<IndicatorValue> vs) {
        return vs.stream().map(v -> v.code() + "=" + v.value()).collect(Collectors.joining(" "));
    }

    @Test
    void printedLineBreaksAreJoinedAndOffsetsPointIntoTheGivenText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            sb.append("坚持稳中求进工作总基调完整准确全面贯彻新发展理念\n\n");
        }
        sb.append("— 1 —\n\n全市地区生产总值增长5.6%，一般公共预算收入增长8.1%，规模以上工\n\n"
                + "业增加值增长8.3%，固定资产投资增长6.4%，社会消费品零售总额\n\n增长9.6%，主要指标增速高于全省。\n");
        String text = sb.toString();
        List<IndicatorValue> vs = coded(text);
        assertEquals("GDP=5.6 FISCAL_REV=8.1 IND_VA=8.3 FAI=6.4 RETAIL=9.6", codes(vs));
        IndicatorValue ind = vs.get(2);
        assertEquals("规模以上工\n\n业增加值增长8.3%", text.substring(ind.start(), ind.end()));
    }

    @Test
    void ordinaryParagraphsAreNotTakenForPrintedLines() {
        String text = "地区生产总值增长5%\n\n左右的目标写在别处。\n";
        assertEquals(Qualifier.EQ, coded(text).get(0).qualifier());
    }

    @Test
    void shortHeadsShareTheTailOfTheLastName() {
        List<IndicatorValue> vs = coded(TARGETS + "一、二、三产增加值分别增长5%、6%、4.8%。");
        assertEquals("PRIMARY_VA=5.0 SECONDARY_VA=6.0 TERTIARY_VA=4.8", codes(vs));
        vs = coded(REVIEW + "城镇和农村居民人均可支配收入分别增长5.6%和7.8%。");
        assertEquals("INCOME_URBAN=5.6 INCOME_RURAL=7.8", codes(vs));
    }

    @Test
    void aWordAfterTheLastListedValueBoundsEveryValue() {
        List<IndicatorValue> vs = coded(TARGETS + "城乡居民人均可支配收入分别增长8.5%和11%左右。");
        assertEquals("INCOME_URBAN=8.5 INCOME_RURAL=11.0", codes(vs));
        assertTrue(vs.stream().allMatch(v -> v.qualifier() == Qualifier.APPROX), vs::toString);
        vs = coded(TARGETS + "城镇和农村居民人均可支配收入分别增长6.5%左右、7.5%。");
        assertEquals(Qualifier.APPROX, vs.get(0).qualifier());
        assertEquals(Qualifier.EQ, vs.get(1).qualifier());
    }

    @Test
    void aNarrowingModifierMakesAnotherIndicator() {
        List<IndicatorValue> vs = coded(REVIEW + "实现进出口总额495.3亿元，其中对俄进出口总额达117.9亿元，增长78.8%。"
                + "手机、锂电产品出口分别增长39.5%、6.4倍。对外贸易进出口总额增长5%。");
        assertEquals("TRADE=495.3 TRADE=5.0", codes(vs));
    }

    @Test
    void aQualitativeTargetCoversEveryIndicatorItLists() {
        List<IndicatorValue> vs = coded(TARGETS + "城镇新增就业、粮食产量、节能减排和碳排放强度下降完成省定任务。");
        assertEquals("NEW_JOBS=null GRAIN_OUTPUT=null ENERGY_INTENSITY=null", codes(vs));
        assertEquals(List.of(Measure.LEVEL, Measure.LEVEL, Measure.GROWTH), vs.stream().map(IndicatorValue::measure).toList());
        vs = coded(TARGETS + "城镇和农村居民人均可支配收入增长与经济增长基本同步。");
        assertEquals("INCOME_URBAN=null INCOME_RURAL=null", codes(vs));
    }

    @Test
    void comparisonsWithTheEconomyOrTheProvinceAreQualitativeTargets() {
        List<IndicatorValue> vs = coded(TARGETS + "居民收入增长高于经济增速，外贸进出口总额增速高于全省，"
                + "全面完成节能减排降碳和环境质量改善约束性指标。");
        assertEquals("INCOME=null TRADE=null ENERGY_INTENSITY=null", codes(vs));
        assertTrue(vs.stream().allMatch(v -> v.qualitative() && v.kind() == ValueKind.TARGET), vs::toString);
    }

    @Test
    void spansOfTimeAreNoValues() {
        assertEquals("GDP=6.0", codes(coded(REVIEW + "地区生产总值增长6%，预计地区生产总值增速连续7个季度高于全国。")));
    }

    @Test
    void aYearBeforeTheStartingValueDatesOnlyThatValue() {
        List<IndicatorValue> vs = coded(REVIEW + "税收占比由2022年的74.5%提高到76.5%。");
        assertEquals(2, vs.size());
        assertEquals(2022, vs.get(0).year());
        assertEquals(2023, vs.get(1).year());
        assertEquals(76.5, vs.get(1).value());
    }

    @Test
    void aCountIsNotAValueOfAnIndicatorNamedInAnEarlierClause() {
        List<IndicatorValue> vs = coded(REVIEW + "争取专项债规模列全省第一，596个省大中型项目完成年度计划。");
        assertTrue(vs.isEmpty(), vs::toString);
    }

    @Test
    void chineseNumeralsAreReadWithoutIdiomsBecomingValues() {
        List<IndicatorValue> vs = EX.extract(REVIEW + "争取中央预算内投资三千万元，新增高新技术企业二十家。"
                + "推进一件事改革，捍卫两个确立，实施十四五规划，融入长三角，实施三大战略。", WR2024);
        assertEquals(2, vs.size(), vs::toString);
        assertEquals(3.0e7, vs.get(0).normalizedValue(), 1);
        assertEquals("HIGH_TECH_FIRMS=20.0", codes(vs.subList(1, 2)));
    }
}
