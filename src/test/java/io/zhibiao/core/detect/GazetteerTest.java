package io.zhibiao.core.detect;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.RegionLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.load();

    @Test
    void holdsAllRealDivisionsWithoutPlaceholders() {
        assertTrue(g.size() > 3300, "size " + g.size());
        assertTrue(g.byName("市辖区").isEmpty());
        assertTrue(g.byName("省直辖县级行政区划").isEmpty());
        assertTrue(g.byName("县").isEmpty());
    }

    @Test
    void countyUnderProvincePlaceholderBelongsToTheProvince() {
        Region xiantao = g.byCode("429004");
        assertEquals("仙桃市", xiantao.name());
        assertEquals(RegionLevel.COUNTY, xiantao.level());
        assertNull(xiantao.prefectureCode());
        assertEquals("湖北省", xiantao.provinceName());
        assertEquals("湖北省", g.parent(xiantao).name());
    }

    @Test
    void municipalityIsTheProvinceAndThePrefectureOfItsDistricts() {
        Region beijing = g.byCode("110000");
        assertEquals(RegionLevel.PROVINCE, beijing.level());
        Region dongcheng = g.byCode("110101");
        assertEquals("110000", dongcheng.prefectureCode());
        assertEquals("北京市", dongcheng.prefectureName());
        assertEquals(beijing, g.parent(dongcheng));
    }

    @Test
    void countyLevelCityKnowsItsPrefecture() {
        Region honghu = g.byName("洪湖市").get(0);
        assertEquals("421083", honghu.code());
        assertEquals("荆州市", honghu.prefectureName());
        assertEquals("湖北省 荆州市 洪湖市", honghu.qualifiedName());
        assertTrue(g.isAncestor(g.byCode("420000"), honghu));
    }

    @Test
    void shortNamesFindRepeatedNames() {
        List<Region> xingshan = g.byShortName("兴山");
        assertEquals(2, xingshan.size());
        assertTrue(xingshan.stream().anyMatch(r -> r.code().equals("420526")));
        assertTrue(xingshan.stream().anyMatch(r -> r.code().equals("230407")));
        assertEquals(2, g.byShortName("吉林").size());
        assertEquals(List.of(g.byCode("620100")), g.byShortName("兰州"), "兰州新区 is not 兰州");
    }

    @Test
    void shortNamesDropSuffixesAndEthnicNames() {
        assertEquals("恩施", ShortNames.of("恩施土家族苗族自治州"));
        assertEquals("广西", ShortNames.of("广西壮族自治区"));
        assertEquals("内蒙古", ShortNames.of("内蒙古自治区"));
        assertEquals("黔东南", ShortNames.of("黔东南苗族侗族自治州"));
        assertEquals("巴音郭楞", ShortNames.of("巴音郭楞蒙古自治州"));
        assertEquals("锡林郭勒", ShortNames.of("锡林郭勒盟"));
        assertEquals("浦东", ShortNames.of("浦东新区"));
        assertEquals("神农架", ShortNames.of("神农架林区"));
        assertEquals("积石山", ShortNames.of("积石山保安族东乡族撒拉族自治县"));
        assertEquals("城区", ShortNames.of("城区"), "never shorter than two characters");
        assertEquals("藤县", ShortNames.of("藤县"));
        assertEquals("恩施州", Gazetteer.alias("恩施土家族苗族自治州", "恩施"));
    }

    @Test
    void bundledCsvIsWhatTheGeneratorProducesFromTheSharedGazetteer() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("zhibiao.shared", "../shared"), "gazetteer");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(dir), "shared gazetteer absent");
        List<String> generated = RegionsCsvGenerator.generate(dir);
        List<String> bundled = java.nio.file.Files.readAllLines(java.nio.file.Path.of("data", "regions.csv"));
        assertEquals(generated.size(), bundled.size(), "data/regions.csv is stale: regenerate it (see its header)");
        for (int i = 0; i < generated.size(); i++) {
            assertEquals(generated.get(i), bundled.get(i), "data/regions.csv is stale at line " + (i + 1));
        }
    }
}
