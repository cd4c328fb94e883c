package io.zhibiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogCommandTest {
    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("store/zhibiao").toString();
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.out() + r.err());
        return r;
    }

    @Test
    void addAliasRetireAndListWorkOnTheStoresOwnCatalog() {
        ok("catalog", "add", "VEG_AREA", "--name-zh", "蔬菜播种面积", "--name-en", "Vegetables, sown area",
                "--alias", "菜播面积", "--measure", "level,growth", "--unit", "万亩", "--db", db());
        ok("catalog", "alias", "GDP", "经济总盘子", "--db", db());
        ok("catalog", "retire", "PM25", "--db", db());

        String list = ok("catalog", "list", "--db", db()).out();
        assertTrue(list.contains("VEG_AREA") && list.contains("added"), list);
        assertTrue(list.lines().anyMatch(l -> l.startsWith("GDP ") && l.contains("changed")), list);
        assertFalse(list.contains("PM25"), list);
        assertTrue(ok("catalog", "list", "--all", "--db", db()).out().contains("retired"));
        assertTrue(Files.exists(tmp.resolve("store/catalog.csv")));
    }

    @Test
    void anAliasOfAnotherIndicatorExitsWithOneAndNamesBothPlaces() {
        CliRunner.Result r = CliRunner.run("catalog", "alias", "FAI", "生产总值", "--db", db());

        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("GDP") && r.err().contains("FAI") && r.err().contains("indicators.csv line 2"), r.err());
        assertFalse(Files.exists(tmp.resolve("store/catalog.csv")));
    }

    @Test
    void exportThenImportOfAnEditedFileAddsAndChangesAndABadFileChangesNothing() throws Exception {
        Path csv = tmp.resolve("catalog-export.csv");
        ok("catalog", "export", csv.toString(), "--db", db());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("code,name_zh,name_en,aliases,category,measures,units\n"), text);
        Files.writeString(csv, text.replace("Fixed-asset investment", "\"Fixed-asset investment, all\"")
                + "VEG_AREA,蔬菜播种面积,\"Vegetables, \"\"sown\"\"\",菜播面积,agriculture,level,万亩\n", StandardCharsets.UTF_8);

        CliRunner.Result imported = ok("catalog", "import", csv.toString(), "--db", db());

        assertTrue(imported.out().contains("added: VEG_AREA") && imported.out().contains("changed: FAI"), imported.out());
        assertTrue(imported.out().contains("added 1, changed 1, unchanged"), imported.out());
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "code,name_zh,name_en,aliases,category,measures,units\nX,新,,,,sizes,\n", StandardCharsets.UTF_8);
        byte[] layer = Files.readAllBytes(tmp.resolve("store/catalog.csv"));

        CliRunner.Result refused = CliRunner.run("catalog", "import", bad.toString(), "--db", db());

        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains(bad + " line 2") && refused.err().contains("unknown measure 'sizes'"), refused.err());
        assertEquals(new String(layer, StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("store/catalog.csv"), StandardCharsets.UTF_8));
        Path again = tmp.resolve("again.csv");
        ok("catalog", "export", again.toString(), "--db", db());
        assertTrue(Files.readString(again, StandardCharsets.UTF_8).contains("\"Vegetables, \"\"sown\"\"\""));
    }
}
