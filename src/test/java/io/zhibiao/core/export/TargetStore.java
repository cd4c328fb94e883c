package io.zhibiao.core.export;

import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Scope;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.Store;

import java.nio.file.Path;
import java.util.List;

import static io.zhibiao.core.export.PanelStore.growth;
import static io.zhibiao.core.export.PanelStore.level;
import static io.zhibiao.core.export.PanelStore.report;

/**
 * Four Jiangsu cities, their province and the nation, with the targets a desk's table compares: 南京 lowers its
 * GDP target from 5.5%左右 to 确保5%, 力争5.5%; 苏州 states 5.5%以上 in one sentence and 6% in another; 常州
 * expects (预期) 5% and has no GDP level to weigh it by; 无锡 states no GDP target and an income target in
 * words only. 江苏 (5%以上) and the nation (5%左右) are outside the exported regions.
 */
final class TargetStore {
    static final String NANJING = "320100";
    static final String WUXI = "320200";
    static final String CHANGZHOU = "320400";
    static final String SUZHOU = "320500";
    static final String JIANGSU = "320000";
    static final double NANJING_GDP = 17421.4;
    static final double SUZHOU_GDP = 24653.4;
    /** The regions exported: the four cities, not their province. */
    static final List<String> CITIES = List.of("南京", "苏州", "无锡", "常州");

    private TargetStore() {
    }

    static Store open(Path dir) {
        Store store = PanelStore.open(dir);
        report(store, NANJING, 2023, DocumentKind.WORK_REPORT, "2023年南京市政府工作报告",
                target("GDP", 2023, 5.5, Qualifier.APPROX, false, "全市地区生产总值增长5.5%左右。"));
        report(store, NANJING, 2024, DocumentKind.WORK_REPORT, "2024年南京市政府工作报告",
                target("GDP", 2024, 5.0, Qualifier.EQ, false, "确保地区生产总值增长5%，力争5.5%。"),
                target("GDP", 2024, 5.5, Qualifier.EQ, true, "确保地区生产总值增长5%，力争5.5%。"),
                growth("GDP", ValueKind.ACTUAL, 2023, 4.6, 0.9, "全市地区生产总值增长4.6%。"),
                level("GDP", ValueKind.ACTUAL, 2023, NANJING_GDP, "亿元", NANJING_GDP * 1e8,
                        "全市地区生产总值达到17421.4亿元。"),
                target("INCOME", 2024, 5.0, Qualifier.EQ, false, "城乡居民收入增长5%。"));
        report(store, SUZHOU, 2024, DocumentKind.WORK_REPORT, "2024年苏州市政府工作报告",
                target("GDP", 2024, 5.5, Qualifier.GE, false, "地区生产总值增长5.5%以上。"),
                withConfidence(target("GDP", 2024, 6.0, Qualifier.EQ, false, "经济增长6%。"), 0.6),
                level("GDP", ValueKind.ACTUAL, 2023, 2.46534, "万亿元", SUZHOU_GDP * 1e8,
                        "地区生产总值达到2.46534万亿元。"));
        report(store, WUXI, 2024, DocumentKind.WORK_REPORT, "2024年无锡市政府工作报告",
                target("FAI", 2024, 6.0, Qualifier.EQ, false, "固定资产投资增长6%。"),
                new IndicatorValue("INCOME", "居民收入", Measure.GROWTH, ValueKind.TARGET, 2024, null, null, null, null,
                        null, null, null, false, false, true, 0, 1, "居民收入增长与经济增长同步。", 0.9, Basis.ANNUAL,
                        null, null, Scope.REGION, null));
        report(store, CHANGZHOU, 2024, DocumentKind.WORK_REPORT, "2024年常州市政府工作报告",
                target("GDP", 2024, 5.0, Qualifier.EQ, false, "主要预期目标是：地区生产总值增长5%，一般公共预算收入增长3%。"));
        report(store, JIANGSU, 2024, DocumentKind.WORK_REPORT, "2024年江苏省政府工作报告",
                target("GDP", 2024, 5.0, Qualifier.GE, false, "全省地区生产总值增长5%以上。"));
        report(store, null, 2024, DocumentKind.WORK_REPORT,
                "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上",
                target("GDP", 2024, 5.0, Qualifier.APPROX, false, "国内生产总值增长5%左右。"));
        return store;
    }

    static IndicatorValue target(String code, int year, double value, Qualifier q, boolean stretch, String sentence) {
        return new IndicatorValue(code, code, Measure.GROWTH, ValueKind.TARGET, year, value, "%", null, null, q, null,
                null, stretch, false, false, 0, 1, sentence, 0.9, Basis.ANNUAL, null, null, Scope.REGION, null);
    }

    private static IndicatorValue withConfidence(IndicatorValue v, double confidence) {
        return v.withConfidence(confidence);
    }
}
