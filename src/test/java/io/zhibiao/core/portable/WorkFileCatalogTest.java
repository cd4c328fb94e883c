package io.zhibiao.core.portable;

import io.zhibiao.core.catalog.CatalogOrigin;
import io.zhibiao.core.catalog.MergedCatalog;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkFileCatalogTest {
    @TempDir
    Path tmp;

    private Path exportFromAStoreThatLearned() {
        Path file = tmp.resolve("work.json");
        try (Store a = PortableFixtures.storeWith(tmp.resolve("a/zhibiao"), PortableFixtures.sampleReports(tmp.resolve("ra")))) {
            StoreCatalog catalog = StoreCatalog.of(a);
            catalog.add(new CatalogEntry("VEG_AREA", "蔬菜播种面积", "Vegetables, \"sown\" area", List.of("菜播面积"),
                    "agriculture", Set.of(Measure.LEVEL), Set.of("万亩")));
            catalog.alias("GDP", "经济总盘子");
            catalog.edit(new CatalogEntry("FAI", "固定资产投资", "Fixed investment (theirs)", List.of(), "", Set.of(), Set.of()));
            catalog.retire("PM25");
            new WorkExporter(a).export(file, "wang.li", WorkProgress.NONE, () -> false);
        }
        return file;
    }

    @Test
    void theCatalogTravelsWithTheWorkAndASecondImportChangesNothing() throws Exception {
        Path file = exportFromAStoreThatLearned();
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"version\" : 3") || json.contains("\"version\":3"), json.substring(0, 200));

        try (Store b = PortableFixtures.storeWith(tmp.resolve("b/zhibiao"), PortableFixtures.sampleReports(tmp.resolve("rb")))) {
            WorkImportReport r = new WorkImporter(b).importFile(file, ConflictPolicy.NEWER_WINS, WorkProgress.NONE, () -> false);

            assertEquals(List.of("VEG_AREA"), r.catalogAdded());
            assertEquals(Set.of("GDP", "FAI", "PM25"), Set.copyOf(r.catalogChanged()));
            MergedCatalog learned = StoreCatalog.of(b).current();
            assertEquals("Vegetables, \"sown\" area", learned.active().byCode("VEG_AREA").orElseThrow().nameEn());
            assertEquals("GDP", learned.active().lookup("经济总盘子").orElseThrow().code());
            assertEquals(CatalogOrigin.RETIRED, learned.origin("PM25"));

            WorkImportReport again = new WorkImporter(b).importFile(file, ConflictPolicy.NEWER_WINS, WorkProgress.NONE, () -> false);
            assertTrue(again.catalogAdded().isEmpty() && again.catalogChanged().isEmpty(), again.toString());
            assertTrue(again.conflicts().isEmpty(), again.conflicts().toString());
        }
    }

    @Test
    void anAliasThisStoreHasForAnotherIndicatorIsListedAndNotAppliedANameConflictFollowsThePolicy() {
        Path file = exportFromAStoreThatLearned();
        try (Store b = PortableFixtures.storeWith(tmp.resolve("b/zhibiao"), PortableFixtures.sampleReports(tmp.resolve("rb")))) {
            StoreCatalog mine = StoreCatalog.of(b);
            mine.alias("TRADE", "经济总盘子");
            mine.edit(new CatalogEntry("FAI", "固定资产投资", "Fixed investment (mine)", List.of(), "", Set.of(), Set.of()));

            WorkImportReport kept = new WorkImporter(b).importFile(file, ConflictPolicy.KEEP_MINE, WorkProgress.NONE, () -> false);

            List<String> conflicts = kept.conflicts().stream().map(WorkConflict::describe).toList();
            assertTrue(conflicts.stream().anyMatch(c -> c.startsWith("catalog: alias 经济总盘子 of GDP: this store has TRADE")
                    && c.endsWith("kept this store's")), conflicts.toString());
            assertTrue(conflicts.stream().anyMatch(c -> c.contains("name_en of FAI") && c.endsWith("kept this store's")),
                    conflicts.toString());
            MergedCatalog after = StoreCatalog.of(b).current();
            assertEquals("TRADE", after.active().lookup("经济总盘子").orElseThrow().code());
            assertEquals("Fixed investment (mine)", after.active().byCode("FAI").orElseThrow().nameEn());
            assertTrue(after.active().byCode("VEG_AREA").isPresent(), "the rest of the catalog is taken");

            new WorkImporter(b).importFile(file, ConflictPolicy.TAKE_THEIRS, WorkProgress.NONE, () -> false);
            assertEquals("Fixed investment (theirs)", StoreCatalog.of(b).current().active().byCode("FAI").orElseThrow().nameEn());
            assertEquals("TRADE", StoreCatalog.of(b).current().active().lookup("经济总盘子").orElseThrow().code(),
                    "one phrase stands for one indicator, whatever the policy");
        }
    }

    @Test
    void aCatalogRowTheStoreCannotTakeRefusesTheFileAndWritesNothing() throws Exception {
        Path file = exportFromAStoreThatLearned();
        String json = Files.readString(file, StandardCharsets.UTF_8).replace("\"VEG_AREA\"", "\"VEG AREA\"");
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, json, StandardCharsets.UTF_8);
        try (Store b = PortableFixtures.storeWith(tmp.resolve("b/zhibiao"), PortableFixtures.sampleReports(tmp.resolve("rb")))) {
            WorkFileException e = org.junit.jupiter.api.Assertions.assertThrows(WorkFileException.class,
                    () -> new WorkImporter(b).importFile(bad, ConflictPolicy.NEWER_WINS, WorkProgress.NONE, () -> false));

            assertTrue(e.getMessage().contains("VEG AREA") && e.getMessage().contains("Nothing was imported"), e.getMessage());
            assertFalse(Files.exists(StoreCatalog.of(b).file()));
        }
    }
}
