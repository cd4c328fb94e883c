package io.zhibiao.core.corpusview;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.RegionLevel;
import io.zhibiao.core.store.DocumentSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CorpusTreeBuilderTest {
    private static final Region HUBEI = new Region("420000", "湖北省", RegionLevel.PROVINCE, null, null, "420000", "湖北省");
    private static final Region XIANNING = new Region("421200", "咸宁市", RegionLevel.PREFECTURE, "421200", "咸宁市", "420000", "湖北省");
    private static final Region CHIBI = new Region("421281", "赤壁市", RegionLevel.COUNTY, "421200", "咸宁市", "420000", "湖北省");
    private final CorpusTreeBuilder builder = new CorpusTreeBuilder(Map.of("420000", HUBEI, "421200", XIANNING,
            "421281", CHIBI));

    @Test
    void groupsProvincePrefectureCountyYearWithUnreviewedCountsAddingUp() {
        CorpusNode root = builder.build(List.of(doc(1, "421200", 2023, 40, 10), doc(2, "421200", 2024, 30, 30),
                doc(3, "421281", 2024, 20, 5), doc(4, null, 2024, 8, 0)), "");
        assertEquals(4, root.documents());
        assertEquals(98 - 45, root.unreviewed());
        CorpusNode hubei = root.children().get(0);
        assertEquals("湖北省", hubei.label());
        CorpusNode xianning = hubei.children().get(0);
        assertEquals(CorpusNode.Type.PREFECTURE, xianning.type());
        // The prefecture's own reports by year, newest first, then its counties (赤壁市).
        assertEquals(List.of("2024", "2023", "赤壁市"), xianning.children().stream().map(CorpusNode::label).toList());
        assertEquals(CorpusNode.Type.UNKNOWN_REGION, root.children().get(1).type());
    }

    @Test
    void yearsComeNewestFirstThenAnUnknownYearThenTheCountiesWhateverTheirCodes() {
        Region beijing = new Region("110000", "北京市", RegionLevel.PROVINCE, null, null, "110000", "北京市");
        Region dongcheng = new Region("110101", "东城区", RegionLevel.COUNTY, "110000", "北京市", "110000", "北京市");
        CorpusTreeBuilder b = new CorpusTreeBuilder(Map.of("110000", beijing, "110101", dongcheng));
        CorpusNode root = b.build(List.of(doc(1, "110000", 2019, 1, 0), doc(2, "110101", 2024, 1, 0),
                doc(3, "110000", null, 1, 0), doc(4, "110000", 2024, 1, 0)), "");
        assertEquals(List.of("2024", "2019", "?", "东城区"),
                root.children().get(0).children().stream().map(CorpusNode::label).toList());
    }

    @Test
    void filterMatchesRegionNamesAtAnyLevelAndTitles() {
        List<DocumentSummary> docs = List.of(doc(1, "421200", 2023, 1, 0), doc(3, "421281", 2024, 1, 0));
        assertEquals(1, builder.build(docs, "赤壁").documents());
        assertEquals(2, builder.build(docs, "湖北").documents());
        assertEquals(1, builder.build(docs, "2023").documents());
        assertEquals(0, builder.build(docs, "江苏").documents());
    }

    private static DocumentSummary doc(long id, String region, Integer year, int indicators, int reviewed) {
        return new DocumentSummary(id, "/r/" + id + ".txt", id + ".txt", "0".repeat(64), 100, "txt", "UTF-8",
                "title " + id, region, 0.9, year, 0.9, DocumentKind.WORK_REPORT, 0.9, null, null, null, null,
                null, null, null, null, null, null, Instant.EPOCH.plusSeconds(id), null, indicators, indicators,
                reviewed);
    }
}
