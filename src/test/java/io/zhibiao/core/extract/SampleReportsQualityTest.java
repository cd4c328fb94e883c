package io.zhibiao.core.extract;

import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.testing.ReadmeFigure;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Precision and recall of catalog indicators on the three hand-checked sample reports. */
class SampleReportsQualityTest {
    private final IndicatorExtractor extractor = new IndicatorExtractor(IndicatorCatalog.loadDefault());

    @Test
    void sampleReportsMeetQualityThresholds() throws Exception {
        ExpectedTable.Score total = new ExpectedTable.Score(0, 0, 0, java.util.List.of(), java.util.List.of());
        total = total.plus(run("xianning-2023-work-report", 2023, DocumentKind.WORK_REPORT));
        total = total.plus(run("honghu-2024-work-report-targets", 2024, DocumentKind.WORK_REPORT));
        total = total.plus(run("xianning-2024-summary", 2024, DocumentKind.SUMMARY));
        System.out.println("overall: " + total);
        // the README's figures for the three sample reports (section "Quality, measured"), less two points
        ReadmeFigure.holds("sample reports, precision " + total, 0.991, total.precision());
        ReadmeFigure.holds("sample reports, recall " + total, 0.972, total.recall());
    }

    private ExpectedTable.Score run(String seed, int year, DocumentKind kind) throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/data/reports/" + seed + ".txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ExpectedTable.Score s = ExpectedTable.score(ExpectedTable.load("/expected/" + seed + ".csv"),
                extractor.extract(text, new ExtractionContext(year, kind)));
        System.out.println(seed + ": " + s + " missed " + s.missed() + " wrong " + s.wrong());
        assertTrue(s.precision() >= 0.9 && s.recall() >= 0.9, seed + " " + s);
        return s;
    }
}
