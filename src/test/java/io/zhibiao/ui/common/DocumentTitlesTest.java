package io.zhibiao.ui.common;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.RegionLevel;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reports are named by region, year and kind, as an analyst names them, not by their file names. */
class DocumentTitlesTest {
    private static final Map<String, Region> REGIONS = Map.of("320100",
            new Region("320100", "南京市", RegionLevel.PREFECTURE, "320100", "南京市", "320000", "江苏省"));

    @Test
    void aReportIsTitledByRegionYearAndKindInEitherLanguage() {
        assertEquals("南京市 2024 政府工作报告", DocumentTitles.title(new Messages(Locale.SIMPLIFIED_CHINESE), REGIONS,
                "320100", 2024, "work_report", "南京.txt"));
        assertEquals("南京市 2024 work report", DocumentTitles.title(new Messages(Locale.ENGLISH), REGIONS,
                "320100", 2024, "work_report", "南京.txt"));
    }

    @Test
    void withoutARegionOrYearTheFileNameOrTitleStays() {
        assertEquals("[Work report] 南京.txt", DocumentTitles.title(new Messages(Locale.ENGLISH), REGIONS,
                null, 2024, "work_report", "南京.txt"));
        assertEquals("南京.txt", DocumentTitles.title(new Messages(Locale.ENGLISH), REGIONS,
                "320100", null, null, "南京.txt"));
    }
}
