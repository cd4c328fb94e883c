package io.zhibiao.core.corpus;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.pipeline.ProcessedReport;
import io.zhibiao.core.pipeline.ReportPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown reports as collected from portals: front matter, bold headings, a space before a unit. */
class MarkdownReadingTest {
    private static final String REPORT = """
            ---
            title: 兰州市政府工作报告（2021年12月21日 张伟文）
            source: https://example.invalid/report.html
            ---

            ——2021年12月21日在兰州市第十七届人民代表大会第一次会议上

            **一、2021年工作回顾**

            **——经济运行稳中有进。**地区生产总值增长6.5%，一般公共预算收入完成30.4 亿元。

            **二、2022年主要预期目标**

            地区生产总值增长6%左右。
            """;

    @TempDir
    Path dir;

    private final ReportFileReader reader = new ReportFileReader();

    @Test
    void titleComesFromTheFrontMatterAndNoMarkupReachesTheText() throws Exception {
        RawText raw = reader.read(Files.writeString(dir.resolve("2022.md"), REPORT));
        assertEquals("md", raw.format());
        assertTrue(raw.text().startsWith("兰州市政府工作报告（2021年12月21日 张伟文）\n"), raw.text());
        assertFalse(raw.text().contains("title:"), raw.text());
        assertFalse(raw.text().contains("source:"), raw.text());
        assertFalse(raw.text().contains("**"), raw.text());
        assertFalse(raw.text().contains("---"), raw.text());
        assertTrue(raw.text().contains("一、2021年工作回顾"), raw.text());
    }

    @Test
    void offsetsPointIntoTheTextShownAndTheReportYearIsTheOneItSetsTargetsFor() throws Exception {
        ProcessedReport r = ReportPipeline.withBundledData().process(Files.writeString(dir.resolve("a.md"), REPORT));
        assertEquals(2022, r.profile().year().value(), "delivered in December 2021 for 2022");
        assertEquals(java.time.LocalDate.of(2021, 12, 21), r.profile().deliveredOn());
        assertTrue(r.profile().title().contains("兰州市政府工作报告"), r.profile().title());
        IndicatorValue fiscal = r.indicators().stream().filter(v -> "FISCAL_REV".equals(v.code())).findFirst().orElseThrow();
        assertEquals(30.4, fiscal.value());
        assertEquals(2021, fiscal.year());
        assertTrue(r.raw().text().substring(fiscal.start(), fiscal.end()).contains("30.4 亿元"),
                r.raw().text().substring(fiscal.start(), fiscal.end()));
        IndicatorValue target = r.indicators().stream().filter(v -> "GDP".equals(v.code()) && v.year() == 2022)
                .findFirst().orElseThrow();
        assertEquals(6.0, target.value());
    }

    @Test
    void aMarkdownFileWithoutFrontMatterOrInGb18030ReadsToo() throws Exception {
        Path gbk = dir.resolve("gbk.md");
        Files.write(gbk, "# 政府工作报告\n\n地区生产总值增长8%。\n".getBytes(Charset.forName("GB18030")));
        RawText raw = reader.read(gbk);
        assertEquals("政府工作报告\n\n地区生产总值增长8%。", raw.text());
        assertEquals("GB18030", raw.encoding());
    }

    @Test
    void aMarkdownFileWithOnlyFrontMatterIsRefusedInWords() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.md"), "---\nsource: x\n---\n\n");
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> reader.read(empty));
        assertTrue(e.getMessage().contains("no text"), e.getMessage());
    }

    @Test
    void utf8IsTheDefault() throws Exception {
        RawText raw = reader.read(Files.write(dir.resolve("u.md"), "增长8%".getBytes(StandardCharsets.UTF_8)));
        assertEquals("增长8%", raw.text());
    }
}
