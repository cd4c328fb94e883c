package io.zhibiao.core.extract;

import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Scope;
import io.zhibiao.core.model.ValueKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classes of error of issue 16, each on a sentence of the kind reports write: only the region's own figure
 * of one year is read as one; period figures, parts, shares, point changes, increments, ceilings and bracketed
 * targets keep what they refer to.
 */
class WhatAFigureRefersToTest {
    private static final IndicatorExtractor EX = new IndicatorExtractor(IndicatorCatalog.loadDefault());

    private static List<IndicatorValue> read(String text, int reportYear) {
        return EX.extract(text, new ExtractionContext(reportYear, DocumentKind.WORK_REPORT)).stream()
                .filter(v -> v.code() != null).toList();
    }

    private static IndicatorValue only(String text) {
        List<IndicatorValue> found = read(text, 2022);
        assertEquals(1, found.size(), text + " -> " + found);
        return found.get(0);
    }

    @Test
    void periodFiguresAreNotOneYearsResult() {
        IndicatorValue average = only("2021年工作回顾\n“十三五”期间，地区生产总值年均增长5.1%。");
        assertEquals(Basis.AVERAGE_ANNUAL, average.basis());
        assertEquals(2016, average.periodFrom());
        assertEquals(2020, average.periodTo());

        IndicatorValue cumulative = only("五年来，全市地区生产总值累计增长31%。");
        assertEquals(Basis.CUMULATIVE, cumulative.basis());
        assertEquals(2017, cumulative.periodFrom());
        assertEquals(2021, cumulative.periodTo());

        IndicatorValue invested = only("五年累计完成固定资产投资5000亿元。");
        assertEquals(Basis.CUMULATIVE, invested.basis());

        List<IndicatorValue> fromTo = read("五年来，经济实力持续攀升。地区生产总值从2016年的2207.4亿元增加到2021年的3244亿元，年均增长5.5%。", 2022);
        assertEquals(3, fromTo.size(), fromTo.toString());
        assertEquals(2016, fromTo.get(0).year(), "the starting level is 2016's");
        assertEquals(Basis.ANNUAL, fromTo.get(0).basis());
        assertEquals(2021, fromTo.get(1).year(), "the level reached is 2021's");
        assertTrue(fromTo.get(1).isRegionYearFigure());
        assertEquals(Basis.AVERAGE_ANNUAL, fromTo.get(2).basis());
    }

    @Test
    void aYearsOwnFigureInsideAFiveYearReviewStaysAnnual() {
        IndicatorValue v = only("一、过去五年工作回顾\n全年地区生产总值增长4%，经济运行稳中有进。");
        assertTrue(v.isRegionYearFigure(), v.toString());
        assertEquals(2021, v.year());
    }

    @Test
    void aParagraphOfOneYearUnderAFiveYearHeadingIsThatYears() {
        List<IndicatorValue> found = read("一、过去五年工作回顾\n五年来，地区生产总值累计增长40%。\n"
                + "一年来，我们负重前行。预计，全市地区生产总值增长11%，规上工业增加值增长12.5%。", 2022);
        assertEquals(Basis.CUMULATIVE, found.get(0).basis());
        assertTrue(found.get(1).isRegionYearFigure(), found.get(1).toString());
        assertTrue(found.get(2).isRegionYearFigure(), found.get(2).toString());
        assertEquals(2021, found.get(2).year());
    }

    @Test
    void aReviewSinceAnEarlierYearStillReportsLastYearsResults() {
        IndicatorValue v = only("一、2018年以来工作回顾\n各位代表！初步核算，地区生产总值增长6.2%。");
        assertEquals(2021, v.year(), "a heading's 2018年以来 does not date the results");
    }

    @Test
    void aLevelFollowedByAnAverageOverYearsEndsAPeriod() {
        IndicatorValue level = read("社会消费品零售总额突破1200亿元，年均增长8.2%。", 2021).get(0);
        assertNull(level.year(), "the level a period ended at, whose year is not written");
        assertTrue(!level.isRegionYearFigure() || level.year() == null);
    }

    @Test
    void aLoneStretchTargetIsAStretchAndDoubtful() {
        IndicatorValue plain = read("2022年主要预期目标：固定资产投资增长6%。", 2022).get(0);
        IndicatorValue lone = read("2022年主要预期目标：形成更多实物工作量，力争固定资产投资增长6%。", 2022).get(0);
        assertEquals(ValueKind.TARGET, lone.kind());
        assertTrue(lone.stretch(), "the report names only the goal it strives for");
        assertTrue(!plain.stretch());
        assertTrue(lone.confidence() < plain.confidence());
        List<IndicatorValue> pair = read("2022年主要预期目标：地区生产总值增长8%、力争9%。", 2022);
        assertEquals(List.of(false, true), pair.stream().map(IndicatorValue::stretch).toList(), "a base and its stretch");
    }

    @Test
    void aListedNameThatOpensWithAPartIsThatPart() {
        List<IndicatorValue> found = read("加工贸易、跨境电商进出口分别增长12.2%和51.1%。", 2022);
        IndicatorValue crossBorder = found.stream().filter(v -> "TRADE".equals(v.code())).findFirst().orElseThrow();
        assertEquals(Scope.PART, crossBorder.scope());
        assertEquals("跨境电商", crossBorder.scopeName());
    }

    @Test
    void anotherQuantityOfAnIndicatorIsNotTheIndicator() {
        assertTrue(read("进出口整体通关时间分别压缩21.9%、31.8%。", 2022).isEmpty(), "customs clearance time");
        assertTrue(read("亿元GDP死亡人数下降82.8%。", 2022).isEmpty(), "deaths per GDP");
    }

    @Test
    void aPartIsNotTheRegion() {
        IndicatorValue zone = only("临港新片区固定资产投资增长10.3%。");
        assertEquals(Scope.PART, zone.scope());
        assertEquals("临港新片区", zone.scopeName());

        IndicatorValue perHead = only("全市人均地区生产总值达到8万元。");
        assertEquals(Scope.PER_CAPITA, perHead.scope());

        List<IndicatorValue> tax = read("税收收入增长8%，其中工业税收增长5%。", 2022);
        assertEquals(Scope.REGION, tax.get(0).scope());
        assertEquals(Scope.PART, tax.get(1).scope());
    }

    @Test
    void sharesAndContributionsAreNotGrowth() {
        IndicatorValue share = only("制造业增加值占地区生产总值的37.1%。");
        assertEquals(Basis.SHARE, share.basis());
        assertEquals(Measure.RATE, share.measure());

        IndicatorValue proportion = only("工业投资占固定资产投资比重29.3%。");
        assertEquals(Basis.SHARE, proportion.basis());

        IndicatorValue pulled = only("新能源汽车拉动规上工业增加值增长10个百分点。");
        assertEquals(Basis.SHARE, pulled.basis());
    }

    @Test
    void pointChangesAreNotGrowth() {
        IndicatorValue v = only("常住人口城镇化率提高0.9个百分点。");
        assertEquals(Basis.PP_CHANGE, v.basis());
        assertTrue(!v.isRegionYearFigure());
    }

    @Test
    void anIncrementIsNotTheLevel() {
        List<IndicatorValue> found = read("一般公共预算收入达到120亿元，比上年增加20亿元。", 2022);
        assertEquals(Basis.ANNUAL, found.get(0).basis());
        assertEquals(120.0, found.get(0).value());
        assertEquals(Basis.INCREMENT, found.get(1).basis());
        assertEquals(20.0, found.get(1).value());
    }

    @Test
    void aCeilingBesideAResultIsThatYearsTarget() {
        List<IndicatorValue> found = read("城镇登记失业率2.5%，控制在4%以内。", 2022);
        assertEquals(ValueKind.ACTUAL, found.get(0).kind());
        assertEquals(2.5, found.get(0).value());
        assertEquals(ValueKind.TARGET, found.get(1).kind());
        assertEquals(2021, found.get(1).year(), "the ceiling of the year the result is for");
    }

    @Test
    void anEarlierValueBesideAResultIsNotTheYearsResult() {
        List<IndicatorValue> found = read("地区生产总值增速从一季度6.1%回落到5.8%。", 2022);
        assertTrue(!found.get(0).isRegionYearFigure(), "a quarter's figure is not the year's: " + found.get(0));
        assertEquals(5.8, found.get(1).value());
        assertEquals(2021, found.get(1).year());
        assertTrue(found.get(1).isRegionYearFigure());

        IndicatorValue start = read("城镇化率由60.2%提高到61.5%。", 2022).get(0);
        assertNull(start.year(), "the starting value of a change has no year of its own when none is written");
        assertEquals(60.2, start.value());
    }

    @Test
    void partOfAYearIsNotTheYear() {
        List<IndicatorValue> found = read("前11个月，固定资产投资同比增长33.2%。全年地区生产总值增长7%以上。", 2022);
        assertEquals(Basis.CUMULATIVE, found.get(0).basis(), "the year to date");
        assertEquals(2021, found.get(0).periodFrom());
        assertTrue(found.get(1).isRegionYearFigure());
    }

    @Test
    void keepEightStriveForNineIsATargetAndItsStretch() {
        List<IndicatorValue> found = read("2023年主要预期目标是：地区生产总值增速“保8争9”，规上工业增加值增长10%。", 2023);
        assertEquals(List.of(8.0, 9.0, 10.0), found.stream().map(IndicatorValue::value).toList());
        assertEquals(List.of("GDP", "GDP", "IND_VA"), found.stream().map(IndicatorValue::code).toList());
        assertEquals(List.of(false, true, false), found.stream().map(IndicatorValue::stretch).toList());
        assertEquals(ValueKind.TARGET, found.get(1).kind());
        assertEquals("%", found.get(1).unit());
        assertTrue(read("2023年，固定资产投资增速全省“保三争一”。", 2023).isEmpty(), "ranks, not rates");
    }

    @Test
    void aListOfPartsOfTheYearAndTheWholeYear() {
        List<IndicatorValue> found = read("一、2016年工作回顾\n地区生产总值一季度、上半年、前三季度、全年分别增长3%、3.4%、4%、4.5%左右。", 2017);
        assertEquals(List.of(Basis.CUMULATIVE, Basis.CUMULATIVE, Basis.CUMULATIVE, Basis.ANNUAL),
                found.stream().map(IndicatorValue::basis).toList());
        assertTrue(found.get(3).isRegionYearFigure());
    }

    @Test
    void aComparisonsBenchmarkIsNoSubjectAndASectorsEconomyIsAPart() {
        assertTrue(read("2022年，城乡居民收入增速均高于经济增长水平，分别提高1836元和1027元。", 2023).stream()
                .noneMatch(v -> "GDP".equals(v.code())));
        IndicatorValue sector = read("2024年主要预期目标：六大农业龙型经济增长5%。", 2024).get(0);
        assertEquals(Scope.PART, sector.scope());
        IndicatorValue region = read("主要预期目标是：经济增长7%。", 2022).get(0);
        assertEquals("GDP", region.code());
        assertTrue(region.isRegionYearFigure());
    }

    @Test
    void aLevelAtTheEndOfAChangeFromAnEarlierYearIsThePeriodsEnd() {
        List<IndicatorValue> found = read("2021年工作回顾\n地区生产总值由2017年的3150.2亿元增加至4715.7亿元，增长13.3%。", 2022);
        IndicatorValue end = found.get(1);
        assertEquals(4715.7, end.value());
        assertNull(end.year(), "the year the text does not write");
        assertEquals(Basis.CUMULATIVE, found.get(2).basis(), "the growth of that change, over its years");
    }

    @Test
    void theEndOfAPlanIsItsLastYear() {
        List<IndicatorValue> found = read("经初步核算，“十三五”末全州地区生产总值达到219.06亿元，年均增长7.2%。", 2021);
        assertEquals(2020, found.get(0).year());
        assertTrue(found.get(0).isRegionYearFigure(), found.get(0).toString());
        assertEquals(Basis.AVERAGE_ANNUAL, found.get(1).basis(), "the average is still over the plan's years");
    }

    @Test
    void aFigureAgainstALargerRegionsIsNoFigureOfItsOwn() {
        IndicatorValue v = read("2020年，居民人均可支配收入只有全省62.4%。", 2021).get(0);
        assertEquals(Basis.SHARE, v.basis());
    }

    @Test
    void aStretchWordAfterTheNameMakesAStretch() {
        IndicatorValue v = read("2017年主要预期目标：固定资产投资力争增长15%左右。", 2017).get(0);
        assertTrue(v.stretch());
        assertEquals(Qualifier.APPROX, v.qualifier());
    }

    @Test
    void oneValueForSeveralNamesListedWithFenbie() {
        List<IndicatorValue> found = read("2019年主要预期目标：城镇居民人均可支配收入和农村居民人均可支配收入分别增长7%左右。", 2019);
        assertEquals(List.of("INCOME_URBAN", "INCOME_RURAL"), found.stream().map(IndicatorValue::code).toList());
        assertEquals(List.of(7.0, 7.0), found.stream().map(IndicatorValue::value).toList());
    }

    @Test
    void wordsOfMethodOrMilestoneBeforeAValueKeepTheSubject() {
        List<IndicatorValue> found = read("2019年，地区生产总值14050亿元、可比价增长8%。", 2020);
        assertEquals(List.of("GDP", "GDP"), found.stream().map(IndicatorValue::code).toList());
        List<IndicatorValue> level = read("2021年，全年GDP增长9.1%，总量跨过2万亿元大关，达到2.259万亿元。", 2022);
        assertEquals(List.of(9.1, 2.259), level.stream().map(IndicatorValue::value).toList());
    }

    @Test
    void aCountIsNoFigureOfAnIndicatorNeverCounted() {
        assertTrue(read("2023年，经济总量在全国百强城市中上升10位左右。", 2024).isEmpty());
        assertTrue(read("2021年，新增进出口备案企业937家，同比增长11.5%。", 2022).isEmpty(),
                "the growth is of the firms counted, not of trade");
    }

    @Test
    void aValueThatDescribesSomethingElseIsDoubtful() {
        IndicatorValue plain = read("一般公共预算收入超5亿元。", 2022).get(0);
        IndicatorValue described = read("一般公共预算收入超5亿元的好势头。", 2022).get(0);
        assertTrue(described.confidence() < plain.confidence());
    }

    @Test
    void aSizeThatThingsAreCountedByIsNoFigureOfTheIndicator() {
        for (String s : List.of("一般公共预算收入超5亿元的县达到5个。", "新增经济总量超200亿元县2个。",
                "固定资产投资10亿元以上项目120个。", "一般公共预算收入超5亿元的县（区）新增2个。")) {
            assertTrue(read(s, 2022).stream().noneMatch(v -> v.code() != null && v.unit().equals("亿元")), s);
        }
    }

    @Test
    void aRoundThresholdBesideTheExactLevelIsLeftOut() {
        List<IndicatorValue> both = read("2021年，全省地区生产总值突破11万亿元、达到11.6万亿元、增长8.6%。", 2022);
        assertEquals(List.of(11.6, 8.6), both.stream().map(IndicatorValue::value).toList());
        List<IndicatorValue> after = read("2021年，一般公共预算收入实现58.1亿元，首次突破50亿元大关。", 2022);
        assertEquals(List.of(58.1), after.stream().map(IndicatorValue::value).toList());
        IndicatorValue alone = read("2021年，地区生产总值突破3000亿元。", 2022).get(0);
        assertEquals(3000.0, alone.value(), "alone, the threshold is all the report says");
        assertEquals(Qualifier.GE, alone.qualifier());
    }

    @Test
    void anAdjustedFigureBesideTheFigureAsReportedIsLeftOut() {
        List<IndicatorValue> both = read("2021年，一般公共预算收入下降2.1%，扣除减税降费因素增长6.5%。", 2022);
        assertEquals(List.of(-2.1), both.stream().map(IndicatorValue::value).toList());
        List<IndicatorValue> alone = read("2021年，一般公共预算收入剔除减税降费因素增长6.5%。", 2022);
        assertEquals(List.of(6.5), alone.stream().map(IndicatorValue::value).toList());
    }

    @Test
    void tradeWithAPartnerIsAPartOfTheRegionsTrade() {
        List<IndicatorValue> found = read("2025年，对共建“一带一路”国家进出口增长14.7%，全省进出口总值达到5379亿元、增长18.5%。", 2026);
        assertEquals(Scope.PART, found.get(0).scope());
        assertEquals("对共建“一带一路”国家", found.get(0).scopeName());
        assertTrue(found.get(1).isRegionYearFigure() && found.get(2).isRegionYearFigure(), found.toString());
        assertEquals(Scope.REGION, read("2025年，对外贸易进出口增长5%。", 2026).get(0).scope());
        assertEquals(Scope.REGION, read("面对复杂形势，进出口增长5%。", 2026).get(0).scope());
    }

    @Test
    void aShareOfTheIndicatorNamedIsNoFigureOfIt() {
        assertEquals(Basis.SHARE, read("2021年，现代化产业体系增加值占全市地区生产总值50%。", 2022).get(0).basis());
        assertEquals(Basis.SHARE, read("2021年，经济总量的45%在县域。", 2022).get(0).basis());
    }

    @Test
    void aResultHeldAtARateIsThatRate() {
        IndicatorValue v = read("城镇新增就业4.2万人，城镇登记失业率控制在3.78%。", 2022).get(1);
        assertEquals("UNEMP_RATE", v.code());
        assertEquals(io.zhibiao.core.model.Qualifier.EQ, v.qualifier());
    }

    @Test
    void theGrowthOfAPartIsThePartsToo() {
        List<IndicatorValue> found = read("全市海洋生产总值预计超2500亿元、增长5.6%。", 2022);
        assertEquals(Scope.PART, found.get(1).scope());
        assertEquals("海洋", found.get(1).scopeName());
    }

    @Test
    void aBracketedFigureIsThatYearsTarget() {
        List<IndicatorValue> found = read("地区生产总值增长7.6%（目标7.5%）。", 2022);
        assertEquals(ValueKind.TARGET, found.get(1).kind());
        assertEquals(7.5, found.get(1).value());
        assertEquals(found.get(0).year(), found.get(1).year());
    }

    @Test
    void sharedListsGiveOneIndicatorEach() {
        List<IndicatorValue> sectors = read("一、二、三产业增加值分别增长3.9%、6%、5.2%。", 2022);
        assertEquals(List.of("PRIMARY_VA", "SECONDARY_VA", "TERTIARY_VA"), sectors.stream().map(IndicatorValue::code).toList());

        List<IndicatorValue> incomes = read("城乡居民人均可支配收入分别增长3.5%和7.5%，10件民生实事全面完成。", 2022);
        assertEquals(List.of("INCOME_URBAN", "INCOME_RURAL"), incomes.stream().map(IndicatorValue::code).toList());

        List<IndicatorValue> again = read("城镇和农村居民人均可支配收入分别达到29680元、14659元，增长4%和5.5%。", 2022);
        assertEquals(List.of("INCOME_URBAN", "INCOME_RURAL", "INCOME_URBAN", "INCOME_RURAL"),
                again.stream().map(IndicatorValue::code).toList());

        List<IndicatorValue> each = read("地方一般公共预算收入、固定资产投资、社会消费品零售总额各增长10%。", 2022);
        assertEquals(List.of("FISCAL_REV", "FAI", "RETAIL"), each.stream().map(IndicatorValue::code).toList());
    }

    @Test
    void surveyedAndRegisteredUnemploymentAreTwoIndicators() {
        List<IndicatorValue> found = read("城镇调查失业率控制在5.5%以内，城镇登记失业率控制在4%以内。", 2022);
        assertEquals(List.of("UNEMP_SURVEYED", "UNEMP_RATE"), found.stream().map(IndicatorValue::code).toList());
    }

    @Test
    void aStrayEarlierYearDoesNotRedateTheResults() {
        List<IndicatorValue> found = read("地区生产总值增速居全省第2位，为2020年GDP统一核算改革以来最好位次，规上工业增加值增长8%。", 2022);
        assertEquals(2021, found.get(found.size() - 1).year());
    }

    @Test
    void conflictingValuesOfOneFigureAreDoubtful() {
        List<IndicatorValue> one = read("地区生产总值增长8%。", 2022);
        List<IndicatorValue> two = read("地区生产总值增长8%。地区生产总值增长6%。", 2022);
        assertTrue(two.get(0).confidence() < one.get(0).confidence(), "two different values of one figure");
    }

    @Test
    void aParagraphOpenedByTheFiveYearsItSpeaksOfIsAReview() {
        List<IndicatorValue> found = read("这是民生福祉显著增进的五年。城镇新增就业21.1万人，城镇登记失业率控制在4.05%以内。", 2022);
        IndicatorValue rate = found.get(found.size() - 1);
        assertEquals("UNEMP_RATE", rate.code());
        assertNull(rate.year(), "a figure of the five years, not 2021's: " + rate);
        assertEquals(2017, rate.periodFrom());
        assertEquals(2021, rate.periodTo());

        IndicatorValue compares = only("地区生产总值增长8%，增速达到十年来最好水平。");
        assertTrue(compares.isRegionYearFigure(), "十年来 only compares here: " + compares);
    }

    @Test
    void aPlanJoinedToAYearInAHeadingReviewsThePlansYears() {
        IndicatorValue level = only("一、“十三五”及2020年工作回顾\n（一）综合实力大幅跃升。地区生产总值达到2251亿元。");
        assertNull(level.year(), level.toString());
        assertEquals(2016, level.periodFrom());
        assertEquals(2020, level.periodTo());
        IndicatorValue yearOwn = only("一、“十三五”及2020年工作回顾\n2020年，全市地区生产总值增长3.9%。");
        assertTrue(yearOwn.isRegionYearFigure(), yearOwn.toString());
        assertEquals(2020, yearOwn.year());
    }

    @Test
    void anAdjustedGrowthWithoutANameOfItsOwnIsTheNamedIndicators() {
        List<IndicatorValue> found = read("地方一般公共预算收入698.5亿元，同口径增长1.1%。", 2023);
        assertEquals(List.of("FISCAL_REV", "FISCAL_REV"), found.stream().map(IndicatorValue::code).toList());
        assertEquals(Measure.GROWTH, found.get(1).measure());
        assertEquals(1.1, found.get(1).value());
        assertEquals(2022, found.get(1).year());
    }

    @Test
    void aRatioToAnEarlierYearDoesNotRedateOrRenameTheFigure() {
        List<IndicatorValue> levels = read("2017年全省地方一般公共预算收入674.1亿元，是2012年的1.6倍，社会消费品零售总额1618.8亿元，是2012年的1.7倍。", 2018);
        assertEquals(List.of(2017, 2017), levels.stream().map(IndicatorValue::year).toList());

        List<IndicatorValue> recovered = read("全市实现地区生产总值2120.86亿元，恢复至2019年的105.3%，增长10.8%。", 2022);
        IndicatorValue growth = recovered.get(recovered.size() - 1);
        assertEquals("GDP", growth.code());
        assertEquals(Measure.GROWTH, growth.measure());
        assertEquals(10.8, growth.value());
        assertEquals(2021, growth.year());
    }

    @Test
    void aYieldPerUnitIsNotTheIndicatorsAmount() {
        List<IndicatorValue> all = EX.extract("预计单位建设用地GDP产出提高到7.27亿元/平方公里、税收收入提高到7.24万元/亩。",
                new ExtractionContext(2019, DocumentKind.WORK_REPORT));
        assertEquals(2, all.size(), all.toString());
        assertEquals("亿元/平方公里", all.get(0).unit());
        assertNull(all.get(0).code(), "a yield per square kilometre is no GDP");
        assertEquals("万元/亩", all.get(1).unit());
        assertNull(all.get(1).code());
    }

    @Test
    void aListedNameTakesTheTailTheListShares() {
        List<IndicatorValue> found = read("主要预期目标是：农业、规模以上工业、服务业增加值分别增长7%左右、16%左右和9.5%左右。", 2022);
        assertEquals(List.of("AGRI_VA", "IND_VA", "SERVICE_VA"), found.stream().map(IndicatorValue::code).toList());
        assertEquals(16.0, found.get(1).value());
    }

    @Test
    void anAreaAtTheHeadOfAListIsThePartOfEveryItem() {
        List<IndicatorValue> found = read("力争开发区签约项目增长30%以上、签约项目落地率达70%以上、工业投资增长22%以上、规上工业增加值增长12%以上。", 2021);
        IndicatorValue industry = found.stream().filter(v -> "IND_VA".equals(v.code())).findFirst().orElseThrow();
        assertEquals(Scope.PART, industry.scope());
        assertEquals("开发区", industry.scopeName());

        IndicatorValue own = read("预计规上工业增加值增长12%左右、固投增长17%左右。", 2023).get(1);
        assertEquals("FAI", own.code());
        assertEquals(Scope.REGION, own.scope(), "规上 narrows only the name it stands before");
    }

    @Test
    void theFieldOfARankingIsNoFigure() {
        List<IndicatorValue> found = read("地区生产总值达到1763.42亿元、上升至全国30个民族自治州第6位，增长6.7%、居全省第2位。", 2023);
        assertEquals(List.of("GDP", "GDP"), found.stream().map(IndicatorValue::code).toList());
        assertEquals(6.7, found.get(1).value());
    }

    @Test
    void namesJoinedByAndTakeTheirValuesInOrderWithoutFenbie() {
        List<IndicatorValue> found = read("城镇和农村居民人均可支配收入达到30660元和10730元，分别增长4%、5.8%。", 2023);
        assertEquals(List.of("INCOME_URBAN", "INCOME_RURAL", "INCOME_URBAN", "INCOME_RURAL"),
                found.stream().map(IndicatorValue::code).toList());
    }

    @Test
    void anAreaOpeningTheSentenceOwnsItsFigures() {
        List<IndicatorValue> found = read("临港新片区新一轮市级支持政策出台，规模以上工业总产值、全社会固定资产投资总额分别增长22.5%和10.3%。", 2024);
        IndicatorValue fai = found.stream().filter(v -> "FAI".equals(v.code())).findFirst().orElseThrow();
        assertEquals(Scope.PART, fai.scope());
        assertEquals("临港新片区", fai.scopeName());

        IndicatorValue back = only("高新区建设提速，全市固定资产投资增长10%。");
        assertEquals(Scope.REGION, back.scope(), "全市 takes the region back");
    }

    @Test
    void theEndOfAChangeInAShareIsThatShare() {
        List<IndicatorValue> found = read("对全省经济增长贡献率从2020年的16.8%提升到2025年的27%。", 2026);
        assertTrue(found.stream().allMatch(v -> v.basis() == Basis.SHARE), found.toString());
    }

    @Test
    void aStartingLevelAfterAThresholdIsTheIndicatorsOwn() {
        List<IndicatorValue> found = read("地区生产总值突破千亿元大关，从2016年856.97亿元增加到2020年1327.79亿元。", 2021);
        IndicatorValue reached = found.get(found.size() - 1);
        assertEquals("GDP", reached.code());
        assertEquals(2020, reached.year());
        assertEquals(1327.79, reached.value());
    }

    @Test
    void countiesAndEnergyPerGdpAreNotTheRegionsGdp() {
        IndicatorValue counties = only("力争四个县GDP总量突破1000亿元。");
        assertEquals(Scope.PART, counties.scope());
        List<IndicatorValue> energy = read("确保GDP单位能耗下降3%以上。", 2022);
        assertTrue(energy.stream().noneMatch(v -> "GDP".equals(v.code())), energy.toString());
    }

    @Test
    void aParagraphOpeningOnTheYearEndsTheHeadingsPeriodForTheParagraphsAfterIt() {
        String text = "一、“十三五”时期经济社会发展回顾\n五年来，全市经济实力稳步提升。\n"
                + "2020年是极不平凡的一年，全市上下统筹疫情防控和经济社会发展。\n"
                + "各方共同努力，全市生产总值增长3.6%，固定资产投资增长2.6%。";
        List<IndicatorValue> found = read(text, 2021);
        assertEquals(2, found.size(), found.toString());
        for (IndicatorValue v : found) {
            assertEquals(Basis.ANNUAL, v.basis(), v.toString());
            assertEquals(2020, v.year(), v.toString());
            assertNull(v.periodFrom(), v.toString());
            assertTrue(v.isRegionYearFigure(), v.toString());
        }
        // without the paragraph on the year, the heading's period still holds
        IndicatorValue review = only("一、“十三五”时期经济社会发展回顾\n五年来，全市经济实力稳步提升。\n"
                + "各方共同努力，全市生产总值增长36%。");
        assertEquals(2016, review.periodFrom());
    }

    @Test
    void dashItemsGoOnWithThePeriodOfTheParagraphThatOpenedThem() {
        String text = "一、过去五年和2022年工作回顾\n省十三届人大一次会议以来的五年，是极不寻常、极不平凡的五年。\n"
                + "——经济实力实现重大跨越。社会消费品零售总额突破2万亿元。\n"
                + "刚刚过去的2022年，我们积极应对超预期因素冲击。全省生产总值增长3.5%。";
        List<IndicatorValue> found = read(text, 2023);
        IndicatorValue retail = found.stream().filter(v -> "RETAIL".equals(v.code())).findFirst().orElseThrow();
        assertEquals(2018, retail.periodFrom(), retail.toString());
        assertNull(retail.year(), "a level the review reached, its year not written: " + retail);
        IndicatorValue gdp = found.stream().filter(v -> "GDP".equals(v.code())).findFirst().orElseThrow();
        assertEquals(2022, gdp.year());
        assertTrue(gdp.isRegionYearFigure(), gdp.toString());
    }

    @Test
    void aListOfPointsNamesItsUnitOnceAtTheEnd() {
        List<IndicatorValue> found = read("固定资产投资增长5%、社会消费品零售总额增长8.5%、一般公共预算收入增长12.5%，"
                + "分别高于全国2个、1.3个、6.1个百分点。", 2024);
        List<IndicatorValue> points = found.stream().filter(v -> v.basis() == Basis.PP_CHANGE).toList();
        assertEquals(3, points.size(), found.toString());
        assertTrue(found.stream().noneMatch(v -> v.measure() == Measure.LEVEL), found.toString());
    }

    @Test
    void aValueNamedATargetBesideAResultIsThatYearsTarget() {
        List<IndicatorValue> found = read("全力做好保供稳价，居民消费价格上涨0.3%，远低于3%的控制目标。", 2025);
        IndicatorValue actual = found.stream().filter(v -> v.kind() == ValueKind.ACTUAL).findFirst().orElseThrow();
        assertEquals(0.3, actual.value());
        IndicatorValue target = found.stream().filter(v -> v.kind() == ValueKind.TARGET).findFirst().orElseThrow();
        assertEquals(3.0, target.value());
        assertEquals(2024, target.year(), "the target of the year of the result, not of the report year");
    }

    @Test
    void oneMonthsFigureIsNotTheYears() {
        List<IndicatorValue> found = read("3月份以来主要经济指标快速回升，预计4月份规模以上工业增加值增长13%。", 2020);
        assertTrue(found.stream().noneMatch(IndicatorValue::isRegionYearFigure), found.toString());
    }

    @Test
    void aFutureYearInAReviewIsAGoalOfThatYear() {
        List<IndicatorValue> found = read("一、过去五年工作回顾\n加快建设现代化经济体系，到2027年地区生产总值迈上4万亿元台阶。", 2023);
        IndicatorValue gdp = found.get(0);
        assertEquals(ValueKind.TARGET, gdp.kind());
        assertEquals(2027, gdp.year());
    }
}
