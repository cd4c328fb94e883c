package io.zhibiao.core.detect;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.DocumentProfile;
import io.zhibiao.core.model.PortalMetadata;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class YearKindDeliveryTest {

    private static final DocumentDetector DETECTOR = new DocumentDetector(Gazetteer.load());

    @Test
    void reviewHeadingMeansTheFollowingYear() {
        DocumentProfile p = DETECTOR.detect("各位代表：\n一、2023年工作回顾\n过去一年，全市经济增长6%。", null, null);
        assertEquals(2024, p.year().value());
        assertEquals(DocumentKind.WORK_REPORT, p.kind().value());
    }

    @Test
    void targetsHeadingMeansThatYear() {
        DocumentProfile p = DETECTOR.detect("2024年主要预期目标：地区生产总值增长8%。", null, null);
        assertEquals(2024, p.year().value());
        assertEquals(DocumentKind.WORK_REPORT, p.kind().value());
    }

    @Test
    void titleYearWins() {
        DocumentProfile p = DETECTOR.detect("2023年咸宁市政府工作报告\n\n一、2022年工作回顾\n", null, null);
        assertEquals(2023, p.year().value());
        assertEquals("2023年咸宁市政府工作报告", p.title());
    }

    @Test
    void completionReportIsForTheYearItReviews() {
        String text = "关于2023年政府工作报告目标任务完成情况的通报\n各县（市、区）人民政府：\n"
                + "2023年，全市地区生产总值增长6.5%，完成年度目标。";
        DocumentProfile p = DETECTOR.detect(text, null, null);
        assertEquals(DocumentKind.COMPLETION_REPORT, p.kind().value());
        assertEquals(2023, p.year().value());
    }

    @Test
    void completionReportWithoutYearInTitleUsesThePublicationDate() {
        String text = "政府工作报告重点工作完成情况通报\n全年完成固定资产投资增长10%。";
        PortalMetadata md = new PortalMetadata(null, "某市人民政府办公室", LocalDate.of(2024, 2, 1), null);
        DocumentProfile p = DETECTOR.detect(text, md, null);
        assertEquals(DocumentKind.COMPLETION_REPORT, p.kind().value());
        assertEquals(2023, p.year().value());
    }

    @Test
    void digestIsASummary() {
        DocumentProfile p = DETECTOR.detect("图解：2024年市政府工作报告\n2024年主要预期目标：增长6%。", null, null);
        assertEquals(DocumentKind.SUMMARY, p.kind().value());
        assertEquals(2024, p.year().value());
    }

    @Test
    void unrelatedTextIsOther() {
        assertEquals(DocumentKind.OTHER, DETECTOR.detect("关于举办春季运动会的通知", null, null).kind().value());
    }

    @Test
    void datelineAndSpeakerWithVariousTitles() {
        String text = "政府工作报告\n——二〇二四年一月十二日在恩施州第九届人民代表大会第四次会议上\n州长  刘  芳\n各位代表：";
        DocumentProfile p = DETECTOR.detect(text, null, null);
        assertEquals(LocalDate.of(2024, 1, 12), p.deliveredOn());
        assertEquals("刘芳", p.speaker());
        assertEquals("州长", p.speakerTitle());
        assertEquals(2024, p.year().value());
        assertEquals("422800", p.region().value().code());

        DocumentProfile acting = DETECTOR.detect("政府工作报告\n——2021年2月3日在某县人民代表大会上\n代县长 王小明\n各位代表：",
                null, null);
        assertEquals("代县长", acting.speakerTitle());
        assertEquals("王小明", acting.speaker());
    }

    @Test
    void aReportDeliveredInDecemberIsTheNextYearsAndADateAfterTheMeetingCounts() {
        DocumentProfile december = DETECTOR.detect("政府工作报告\n——二○二一年十二月二十一日在兰州市第十七届人民代表大会第一次会议上\n"
                + "各位代表：\n一、过去五年工作回顾\n二、2022年主要预期目标", null, null);
        assertEquals(LocalDate.of(2021, 12, 21), december.deliveredOn());
        assertEquals(2022, december.year().value());

        DocumentProfile after = DETECTOR.detect("2017年四川省人民政府工作报告\n政府工作报告\n"
                + "在四川省第十三届人民代表大会第一次会议上（2018年1月26日）\n各位代表：\n一、2017年和过去五年工作回顾\n"
                + "二、2018年工作安排建议", null, null);
        assertEquals(LocalDate.of(2018, 1, 26), after.deliveredOn());
        assertEquals(2018, after.year().value(), "the portal's title names the year under review");

        DocumentProfile bracketed = DETECTOR.detect("龚正市长在上海市第十五届人民代表大会第五次会议的政府工作报告（2021年）\n"
                + "各位代表：\n一、2020年工作回顾\n到2025年，奋斗目标是…", null, null);
        assertEquals(2021, bracketed.year().value());
    }

    @Test
    void noDatelineMeansNoDateAndNoSpeaker() {
        DocumentProfile p = DETECTOR.detect("各位代表：\n市长们常说，发展是硬道理。", null, null);
        assertNull(p.deliveredOn());
        assertNull(p.speaker());
    }
}
