package io.zhibiao.core.detect;

import io.zhibiao.core.model.Detected;
import io.zhibiao.core.model.PortalMetadata;
import io.zhibiao.core.model.Region;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repeated names and county-level cities that must not be confused with their prefecture. */
class RegionTrapsTest {

    private static final RegionDetector DETECTOR = new RegionDetector(Gazetteer.load());

    private static Region detect(String text) {
        return DETECTOR.detect(text, null, null, null).value();
    }

    @Test
    void xingshanInHubeiContextIsTheCountyOfYichang() {
        String text = "各位代表：现在，我代表县人民政府向大会报告工作。过去一年，全县上下在宜昌市委的坚强领导下，"
                + "兴山经济稳中有进，湖北省重点项目落地兴山，全县地区生产总值增长6%。";
        assertEquals("420526", detect(text).code());
    }

    @Test
    void xingshanInHeilongjiangContextIsTheDistrictOfHegang() {
        String text = "各位代表：现在，我代表区人民政府向大会报告工作。过去一年，在鹤岗市委的坚强领导下，"
                + "兴山区委团结带领全区人民，推动兴山振兴发展，黑龙江省级项目落地兴山。";
        assertEquals("230407", detect(text).code());
    }

    @Test
    void prefectureReportMentioningItsCountyLevelCityOftenStaysThePrefecture() {
        String text = "政府工作报告\n——2024年1月在咸宁市第六届人民代表大会第三次会议上\n市长 杨 军\n各位代表：\n"
                + "现在，我代表市人民政府向大会报告工作。赤壁市GDP增长7%，赤壁青砖茶走向世界，赤壁市新增规上企业20家，"
                + "赤壁古战场文旅项目开工，赤壁、嘉鱼、通山协同发展，全市经济总量突破2000亿元。";
        Region r = detect(text);
        assertEquals("421200", r.code());
    }

    @Test
    void countyLevelCityReportNamingItsParentPartyCommitteeIsTheCounty() {
        String text = "2024年政府工作总体要求：认真落实荆州市委全会部署，紧紧围绕市委工作要求，奋力打造洪湖样板。"
                + "确保洪湖经济开发区项目投产，推介洪湖美食，加快数化洪湖建设，全市经济增长8%。";
        Region r = detect(text);
        assertEquals("421083", r.code());
    }

    @Test
    void publisherOutweighsMentionsInTheText() {
        String text = "各位代表：全市上下推动赤壁、嘉鱼协同发展，赤壁市GDP增长7%，赤壁市新增企业20家。";
        PortalMetadata md = new PortalMetadata(null, "咸宁市人民政府", null, null);
        assertEquals("421200", DETECTOR.detect(text, null, md, null).value().code());
    }

    @Test
    void fileNameHintPlacesAnAmbiguousShortName() {
        String text = "各位代表：现在，我代表市人民政府向大会报告工作。全市经济稳中向好，吉林老工业基地焕发新活力。";
        Detected<Region> r = DETECTOR.detect(text, null, null, "吉林.txt");
        assertEquals("220200", r.value().code());
    }

    @Test
    void commonWordsAreNotPlaces() {
        String text = "各位代表：全面推进乡村振兴，深化合作，加强资源节约，建设平安城市，打造国家级示范县。";
        Detected<Region> r = DETECTOR.detect(text, null, null, null);
        assertFalse(r.isPresent(), "found " + r.value());
    }

    @Test
    void nationalReportIsAboutNoRegion() {
        String text = "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。北京、上海、广东经济总量继续领先。";
        assertFalse(DETECTOR.detect(text, null, null, null).isPresent());
    }

    @Test
    void emptyTextFindsNothingWithoutFailing() {
        assertFalse(DETECTOR.detect("", null, null, null).isPresent());
        assertFalse(DETECTOR.detect(null, null, null, null).isPresent());
        assertTrue(DETECTOR.detect("", "2023年咸宁市政府工作报告", null, null).isPresent());
    }
}
