package io.zhibiao.core.review;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.store.NewDocument;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

/** A store holding one small work report with three engine indicators, and a service on it. */
public final class ReviewFixture implements AutoCloseable {
    static final Instant AT = Instant.parse("2024-06-01T09:00:00Z");
    static final String TEXT = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇登记失业率控制在3.5%以内。"
            + "全年新增高新技术企业18家。";

    public final Store store;
    public final ReviewService service;
    public final long documentId;
    public final long gdp;
    public final long unemployment;
    public final long firms;

    ReviewFixture(Path dir) {
        this(Store.open(dir.resolve("db")));
    }

    public ReviewFixture(Store store) {
        this.store = store;
        service = new ReviewService(store, "张敏", Clock.fixed(AT, ZoneOffset.UTC), ReportPipeline::withBundledData);
        documentId = store.documents().insertDocument(document("/r/咸宁市2024.txt", TEXT),
                List.of(gdpValue(), unemploymentValue(), firmsValue()));
        List<StoredIndicator> rows = store.indicators().findByDocument(documentId);
        gdp = rows.get(0).id();
        unemployment = rows.get(1).id();
        firms = rows.get(2).id();
    }

    static IndicatorValue gdpValue() {
        int s = TEXT.indexOf("地区生产总值");
        return new IndicatorValue("gdp_growth", "地区生产总值", Measure.GROWTH, ValueKind.TARGET, 2024, 6.0, "%",
                6.0, "%", Qualifier.APPROX, null, null, false, false, false, s, TEXT.indexOf("，城镇"),
                "地区生产总值增长6%左右", 0.9);
    }

    static IndicatorValue unemploymentValue() {
        int s = TEXT.indexOf("城镇登记失业率");
        return new IndicatorValue("urban_unemployment_rate", "城镇登记失业率", Measure.RATE, ValueKind.TARGET, 2024,
                3.5, "%", 3.5, "%", Qualifier.LE, null, null, false, false, false, s, TEXT.indexOf("。"),
                "城镇登记失业率控制在3.5%以内", 0.9);
    }

    static IndicatorValue firmsValue() {
        int s = TEXT.indexOf("高新技术企业");
        return new IndicatorValue(null, "高新技术企业", Measure.LEVEL, ValueKind.ACTUAL, 2024, 18.0, "家",
                null, "家", Qualifier.EQ, null, null, false, false, false, s, TEXT.lastIndexOf("。"),
                "全年新增高新技术企业18家", 0.6);
    }

    static NewDocument document(String path, String text) {
        return new NewDocument(path, path.substring(path.lastIndexOf('/') + 1), sha256(text),
                text.getBytes(StandardCharsets.UTF_8).length, "txt", "UTF-8", text, text, "2024年咸宁市政府工作报告",
                "421200", 0.95, 2024, 0.9, DocumentKind.WORK_REPORT, 0.85, null, null, null, null, null, null,
                AT, null);
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public StoredIndicator row(long id) {
        return store.indicators().findById(id).orElseThrow();
    }

    int reviewedCount() {
        return store.documents().findById(documentId).orElseThrow().reviewedCount();
    }

    int liveCount() {
        return store.documents().findById(documentId).orElseThrow().indicatorCount();
    }

    @Override
    public void close() {
        store.close();
    }
}
