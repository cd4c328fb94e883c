package io.zhibiao.core.detect;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.DocumentProfile;
import io.zhibiao.core.model.PortalMetadata;
import io.zhibiao.core.model.RegionLevel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three sample reports bundled under /data/reports. */
class SeedReportsTest {

    private static final DocumentDetector DETECTOR = new DocumentDetector(Gazetteer.load());

    static String seed(String name) throws IOException {
        try (InputStream in = SeedReportsTest.class.getResourceAsStream("/data/reports/" + name + ".txt")) {
            assertNotNull(in, "sample report " + name + " is bundled");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void xianning2023WorkReportIsThePrefectureReportOf2023() throws IOException {
        DocumentProfile p = DETECTOR.detect(seed("xianning-2023-work-report"), null, null);
        assertEquals("421200", p.region().value().code());
        assertEquals("咸宁市", p.region().value().name());
        assertEquals(RegionLevel.PREFECTURE, p.region().value().level());
        assertEquals("湖北省", p.region().value().provinceName());
        assertEquals(2023, p.year().value());
        assertEquals(DocumentKind.WORK_REPORT, p.kind().value());
        assertEquals(LocalDate.of(2023, 1, 4), p.deliveredOn());
        assertEquals("杨军", p.speaker());
        assertEquals("市长", p.speakerTitle());
        assertEquals("2023年咸宁市政府工作报告", p.title());
        assertTrue(p.region().confidence() >= 0.6, "confident: " + p.region());
    }

    @Test
    void xianningReportWithPortalMetadataKeepsItsTitle() throws IOException {
        PortalMetadata md = new PortalMetadata("011336909/2023-00617", "咸宁市人民政府",
                LocalDate.of(2023, 1, 9), "2023年咸宁市政府工作报告");
        DocumentProfile p = DETECTOR.detect(seed("xianning-2023-work-report"), md, "report.html");
        assertEquals("421200", p.region().value().code());
        assertEquals(2023, p.year().value());
        assertEquals("2023年咸宁市政府工作报告", p.title());
    }

    @Test
    void honghuTargetsPageWithoutTitleIsTheCountyLevelCityOf2024() throws IOException {
        DocumentProfile p = DETECTOR.detect(seed("honghu-2024-work-report-targets"), null, null);
        assertEquals("421083", p.region().value().code());
        assertEquals("洪湖市", p.region().value().name());
        assertEquals(RegionLevel.COUNTY, p.region().value().level());
        assertEquals("荆州市", p.region().value().prefectureName());
        assertEquals(2024, p.year().value());
        assertEquals(DocumentKind.WORK_REPORT, p.kind().value());
    }

    @Test
    void xianning2024SummaryIsASummaryOf2024() throws IOException {
        DocumentProfile p = DETECTOR.detect(seed("xianning-2024-summary"), null, null);
        assertEquals("421200", p.region().value().code());
        assertEquals(2024, p.year().value());
        assertEquals(DocumentKind.SUMMARY, p.kind().value());
    }

    /** CPU time of this thread, so other processes on a shared machine do not make the figure meaningless. */
    @Test
    void detectsA45KbReportWellUnder5Ms() throws IOException {
        String text = seed("xianning-2023-work-report");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 200; i++) {
            DETECTOR.detect(text, null, null);
        }
        int runs = 200;
        long cpuStart = mx.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            DETECTOR.detect(text, null, null);
        }
        double cpuMs = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e6 / runs;
        double wallMs = (System.nanoTime() - wallStart) / 1e6 / runs;
        System.out.printf("detect: %.2f ms CPU (%.2f ms wall) per %d-byte report%n", cpuMs, wallMs,
                text.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(cpuMs < 5, "took " + cpuMs + " ms CPU");
    }
}
