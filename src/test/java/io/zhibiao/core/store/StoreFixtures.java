package io.zhibiao.core.store;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/** Documents and indicators as the import layer would hand them to the store. */
final class StoreFixtures {
    static final Instant IMPORTED_AT = Instant.parse("2024-03-01T08:30:15.123456Z");
    static final String TEXT = "政府工作报告\n——2024年1月10日在咸宁市第八届人民代表大会第四次会议上\n"
            + "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇登记失业率控制在3%以内。";

    private StoreFixtures() {
    }

    static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static NewDocument document(String path, String text) {
        return new NewDocument(path, path.substring(path.lastIndexOf('/') + 1), sha256(text),
                text.getBytes(StandardCharsets.UTF_8).length, "txt", "UTF-8", text, text.strip(),
                "2024年咸宁市政府工作报告", "421200", 0.95, 2024, 0.9, DocumentKind.WORK_REPORT, 0.85,
                LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 10), "王立", "咸宁市市长",
                "咸宁市人民政府办公室", "11421200MB1234567X/2024-00012", IMPORTED_AT, null);
    }

    /** A document where detection found nothing and the portal gave no metadata. */
    static NewDocument bareDocument(String path, String text) {
        return new NewDocument(path, "报告.txt", sha256(text), 10, "txt", null, text, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, IMPORTED_AT, null);
    }

    static IndicatorValue gdpTarget() {
        return new IndicatorValue("gdp_growth", "地区生产总值增长", Measure.GROWTH, ValueKind.TARGET, 2024,
                6.0, "%", 6.0, "%", Qualifier.APPROX, null, null, false, false, false, 63, 77,
                "地区生产总值增长6%左右", 0.92);
    }

    static IndicatorValue unemploymentRange() {
        return new IndicatorValue("unemployment_rate", "城镇登记失业率", Measure.RATE, ValueKind.TARGET, 2024,
                2.5, "%", 0.025, "ratio", Qualifier.RANGE, 2.5, 3.5, true, true, false, 78, 95,
                "城镇登记失业率控制在2.5%—3.5%", 0.8);
    }

    /** A qualitative target: every nullable field is null. */
    static IndicatorValue qualitative() {
        return new IndicatorValue(null, null, null, null, null, null, null, null, null, null, null, null,
                false, false, true, 0, 5, null, 0.3);
    }
}
