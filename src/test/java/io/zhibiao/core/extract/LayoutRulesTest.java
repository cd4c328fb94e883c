package io.zhibiao.core.extract;

import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Scope;
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
        assertEquals("TRADE=495.3 TRADE=117.9 TRADE=78.8 TRADE=5.0", codes(vs));
        assertEquals(List.of(Scope.REGION, Scope.PART, Scope.PART, Scope.REGION), vs.stream().map(IndicatorValue::scope).toList());
        assertEquals("对俄", vs.get(1).scopeName());
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

    @Test
    void foldedNamesSpreadOverTheirListedValuesAndAreNoMemberAlone() {
        assertEquals("PRIMARY_VA=3.9 SECONDARY_VA=7.9 TERTIARY_VA=6.3",
                codes(coded(REVIEW + "三次产业分别增长3.9%、7.9%、6.3%。")));
        List<IndicatorValue> vs = coded(TARGETS + "三次产业分别增长4.5%、6.5%、7%以上。");
        assertTrue(vs.stream().allMatch(v -> v.qualifier() == Qualifier.GE), vs::toString);
        assertEquals("DEPOSITS=9.9 LOANS=12.8", codes(coded(REVIEW + "金融机构人民币存贷款余额分别增长9.9%、12.8%。")));
        assertTrue(coded(REVIEW + "年末银行业金融机构存贷款余额增长13.7%、排名全省第4。").isEmpty());
    }

    @Test
    void anAmountBeforeANounIsASizeClassNotAValue() {
        assertEquals("IND_VA=10.0 FAI=3.0", codes(coded(TARGETS + "规上工业增加值增长10%，500万元以上固定资产投资增长3%。")));
        assertEquals("GRAIN_OUTPUT=140.0", codes(coded(REVIEW + "粮食总产连续九年超140万吨以上。")));
    }

    @Test
    void pointsAfterAGrowthRateCompareRatesAndAreNoGrowth() {
        assertEquals("FISCAL_REV=3.8", codes(coded(REVIEW + "一般公共预算收入增长3.8%，较上年提高0.3个百分点。")));
        assertEquals("GDP=5.6", codes(coded(REVIEW + "地区生产总值增长5.6%，比上年提高3.6个百分点。")));
        assertEquals("URBANIZATION=60.0 URBANIZATION=1.2", codes(coded(REVIEW + "城镇化率达到60%，提高1.2个百分点。")));
    }

    @Test
    void aStriveForValueAfterAnotherOfTheSameIndicatorIsItsStretchWhateverTheMeasure() {
        List<IndicatorValue> vs = coded(TARGETS + "地区生产总值增长5.5%以上，力争突破6000亿元；一般公共预算收入增长5%以上，突破500亿元。");
        assertEquals("GDP=5.5 GDP=6000.0 FISCAL_REV=5.0 FISCAL_REV=500.0", codes(vs));
        assertEquals(List.of(false, true, false, false), vs.stream().map(IndicatorValue::stretch).toList());
    }

    @Test
    void sharedComparisonsWithGrowthAndReasonableRangesAreQualitativeTargets() {
        List<IndicatorValue> vs = coded(TARGETS + "地方级财政收入、城乡居民人均可支配收入与经济增长同步，"
                + "节能减排降碳、居民消费价格等指标控制在合理范围内。");
        assertEquals("FISCAL_REV=null INCOME=null ENERGY_INTENSITY=null CPI=null", codes(vs));
        assertTrue(vs.stream().allMatch(v -> v.measure() == Measure.GROWTH), vs::toString);
    }

    @Test
    void anIndicatorAfterAPerUnitWordIsTheDenominator() {
        assertEquals("ENERGY_INTENSITY=-3.2", codes(coded(TARGETS + "万元GDP综合能耗下降3.2%。")));
        assertTrue(coded(TARGETS + "单位地区生产总值二氧化碳排放下降5%。").isEmpty());
    }

    @Test
    void aMilestoneBeforeTheExactFigureKeepsTheSubjectAndIsLeftOut() {
        List<IndicatorValue> vs = coded(REVIEW + "地区生产总值迈上3万亿元新台阶、达到30145.79亿元、增长6.1%，"
                + "规上工业增加值、固定资产投资、社会消费品零售总额分别增长6.6%、4.3%、8.6%。");
        assertEquals("GDP=30145.79 GDP=6.1 IND_VA=6.6 FAI=4.3 RETAIL=8.6", codes(vs));
        assertEquals(Qualifier.EQ, vs.get(0).qualifier());
    }
}
