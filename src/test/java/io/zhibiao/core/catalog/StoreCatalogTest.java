package io.zhibiao.core.catalog;

import io.zhibiao.core.corpus.RawText;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.CatalogException;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.pipeline.ReportPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreCatalogTest {
    private static final String REPORT = "2024年政府工作报告\n一、2023年工作回顾\n全年蔬菜播种面积120.5万亩，增长2.1%。地区生产总值增长6.5%。\n";

    @TempDir
    Path tmp;

    private StoreCatalog catalog() {
        return StoreCatalog.beside(tmp.resolve("zhibiao"));
    }

    private static CatalogEntry vegetables() {
        return new CatalogEntry("VEG_AREA", "蔬菜播种面积", "Vegetables area, sown", List.of("菜播面积"), "agriculture",
                Set.of(Measure.LEVEL, Measure.GROWTH), Set.of("万亩"));
    }

    private static List<String> codesFound(StoreCatalog c) {
        ReportPipeline p = c.pipeline();
        return p.process(new RawText(REPORT, "UTF-8", "txt"), "report.txt").indicators().stream()
                .map(IndicatorValue::code).toList();
    }

    @Test
    void withoutAUserFileTheCatalogIsTheBundledOneAndNoFileIsWritten() {
        StoreCatalog c = catalog();

        assertEquals(io.zhibiao.core.pipeline.BundledData.catalog().entries(), c.current().active().entries());
        assertSame(ReportPipeline.withBundledData(), c.pipeline());
        assertFalse(Files.exists(c.file()));
    }

    @Test
    void anAddedIndicatorIsKeptBesideTheStoreAndTheEngineFindsIt() {
        assertFalse(codesFound(catalog()).contains("VEG_AREA"));

        catalog().add(vegetables());

        StoreCatalog reopened = catalog();
        assertEquals(tmp.resolve(StoreCatalog.FILE_NAME), reopened.file());
        assertEquals(CatalogOrigin.ADDED, reopened.current().origin("VEG_AREA"));
        assertEquals("Vegetables area, sown", reopened.current().active().byCode("VEG_AREA").orElseThrow().nameEn());
        assertTrue(codesFound(reopened).contains("VEG_AREA"), codesFound(reopened).toString());
        assertTrue(codesFound(reopened).contains("GDP"));
    }

    @Test
    void anAliasAnotherIndicatorHasIsRefusedNamingBothPlacesAndNothingChanges() throws IOException {
        StoreCatalog c = catalog();
        c.add(vegetables());
        byte[] before = Files.readAllBytes(c.file());

        CatalogException e = assertThrows(CatalogException.class, () -> c.alias("VEG_AREA", "生产总值"));

        assertTrue(e.getMessage().contains("生产总值") && e.getMessage().contains("/data/indicators.csv line 2")
                && e.getMessage().contains("GDP") && e.getMessage().contains("VEG_AREA"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(c.file()));
        assertEquals(List.of("菜播面积"), c.current().active().byCode("VEG_AREA").orElseThrow().aliases());
    }

    @Test
    void aClashBetweenTwoUserRowsNamesTheUserFileLines() {
        StoreCatalog c = catalog();
        c.add(vegetables());
        c.add(new CatalogEntry("VEG_OUTPUT", "蔬菜产量", "Vegetables output", List.of(), "agriculture", Set.of(Measure.LEVEL),
                Set.of("万吨")));

        CatalogException e = assertThrows(CatalogException.class, () -> c.alias("VEG_OUTPUT", "菜播面积"));

        assertTrue(e.getMessage().contains(c.file() + " line 2"), e.getMessage());
    }

    @Test
    void aBundledIndicatorGetsAnAliasAndNewNamesAndKeepsItsOldNameAsAnAlias() {
        StoreCatalog c = catalog();
        c.alias("GDP", "经济总盘子");
        CatalogImport edit = c.edit(new CatalogEntry("GDP", "GDP总值", "Gross regional product", List.of(), "",
                Set.of(Measure.GROWTH, Measure.LEVEL), Set.of("亿元", "万亿元")));

        MergedCatalog m = catalog().current();
        CatalogEntry gdp = m.active().byCode("GDP").orElseThrow();
        assertEquals(List.of("GDP"), edit.changed());
        assertEquals(CatalogOrigin.CHANGED, m.origin("GDP"));
        assertEquals("GDP总值", gdp.nameZh());
        assertEquals("Gross regional product", gdp.nameEn());
        assertEquals("economy", gdp.category());
        assertEquals("GDP", m.active().lookup("经济总盘子").orElseThrow().code());
        assertEquals("GDP", m.active().lookup("地区生产总值").orElseThrow().code());
        assertEquals(CatalogOrigin.BUNDLED, m.origin("FAI"));
    }

    @Test
    void aRetiredIndicatorIsNoLongerMatchedAndAnImportedRowBringsItBack() throws IOException {
        StoreCatalog c = catalog();
        c.retire("GDP");

        assertFalse(codesFound(catalog()).contains("GDP"));
        assertTrue(catalog().current().active().lookup("地区生产总值").isEmpty());
        assertEquals(List.of("GDP"), catalog().current().retired().stream().map(CatalogEntry::code).toList());
        assertThrows(CatalogException.class, () -> c.alias("GDP", "经济总盘子"));

        Path row = tmp.resolve("gdp.csv");
        Files.writeString(row, "code,name_zh,name_en,aliases,category,measures,units\n"
                + "GDP,地区生产总值,Gross domestic product,,economy,growth|level,亿元|万亿元\n", StandardCharsets.UTF_8);
        CatalogImport back = c.importFile(row);

        assertEquals(List.of("GDP"), back.changed());
        assertEquals(CatalogOrigin.BUNDLED, catalog().current().origin("GDP"));
        assertTrue(codesFound(catalog()).contains("GDP"));
    }

    @Test
    void anExportedCatalogImportsBackAsItWasWithNamesHoldingCommasAndQuotes() throws IOException {
        StoreCatalog c = catalog();
        c.add(new CatalogEntry("FDI_USD", "实际使用外资，\"到位\"", "Foreign capital, \"paid in\"", List.of("外资到位额"),
                "open", Set.of(Measure.LEVEL), Set.of("万美元", "亿美元")));
        Path exported = tmp.resolve("out/catalog-export.csv");
        Files.createDirectories(exported.getParent());
        c.export(exported);
        byte[] layer = Files.readAllBytes(c.file());

        CatalogImport again = catalog().importFile(exported);

        assertFalse(again.changedAnything(), again.summary());
        assertEquals(c.current().active().size(), again.unchanged().size());
        assertArrayEquals(layer, Files.readAllBytes(c.file()));
        assertEquals("实际使用外资，\"到位\"", catalog().current().active().byCode("FDI_USD").orElseThrow().nameZh());
        assertEquals("Foreign capital, \"paid in\"", catalog().current().active().byCode("FDI_USD").orElseThrow().nameEn());
    }

    @Test
    void aMalformedImportIsRefusedWithItsLineAndTheCatalogInForceStays() throws IOException {
        StoreCatalog c = catalog();
        c.add(vegetables());
        byte[] before = Files.readAllBytes(c.file());
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "code,name_zh,name_en,aliases,category,measures,units\n"
                + "NEW_ONE,新指标,New,,x,level,\n"
                + "OTHER,\"另一个,x,level,\n", StandardCharsets.UTF_8);

        CatalogException e = assertThrows(CatalogException.class, () -> c.importFile(bad));

        assertTrue(e.getMessage().startsWith(bad + " line 3"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(c.file()));
        assertTrue(c.current().active().byCode("NEW_ONE").isEmpty());
        assertTrue(catalog().current().active().byCode("NEW_ONE").isEmpty());
    }

    @Test
    void anImportedAliasOfAnotherIndicatorIsRefusedNamingTheImportLineAndTheBundledOne() throws IOException {
        StoreCatalog c = catalog();
        Path clash = tmp.resolve("clash.csv");
        Files.writeString(clash, "code,name_zh,name_en,aliases,category,measures,units\n"
                + "VEG_AREA,蔬菜播种面积,Vegetables area,菜播面积|固投,agri,level,万亩\n", StandardCharsets.UTF_8);

        CatalogException e = assertThrows(CatalogException.class, () -> c.importFile(clash));

        assertTrue(e.getMessage().contains(clash + " line 2") && e.getMessage().contains("/data/indicators.csv line 19")
                && e.getMessage().contains("FAI"), e.getMessage());
        assertFalse(Files.exists(c.file()));
    }

    @Test
    void aUserFileBrokenByHandIsRefusedWithItsLine() throws IOException {
        Files.writeString(tmp.resolve(StoreCatalog.FILE_NAME), "code,name_zh,name_en,aliases,category,measures,units,retired\n"
                + "GDP,,,经济总盘子,,,,\n"
                + "GDP,,,,,,,yes\n", StandardCharsets.UTF_8);

        CatalogException e = assertThrows(CatalogException.class, this::catalog);

        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void aNewIndicatorWithABadCodeIsRefusedBeforeAnythingIsWritten() {
        StoreCatalog c = catalog();

        assertThrows(CatalogException.class, () -> c.add(new CatalogEntry("粮食 面积", "蔬菜播种面积", "", List.of(), "",
                Set.of(Measure.LEVEL), Set.of())));
        assertThrows(CatalogException.class, () -> c.add(new CatalogEntry("GDP", "再一个", "", List.of(), "",
                Set.of(Measure.LEVEL), Set.of())));
        assertFalse(Files.exists(c.file()));
    }
}
