package io.zhibiao.cli;

import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code catalog ... --db URL} acts on the team's layer: what one computer adds, aliases and imports, another
 * computer's list and export show.
 */
@ExtendWith(NeedsTeamServer.class)
class CatalogCommandOnTeamStoreTest {
    @TempDir
    Path tmp;
    private String url;

    @AfterEach
    void drop() {
        if (url != null) {
            TeamServer.drop(url);
        }
    }

    private CliRunner.Result on(String computer, String... args) {
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, tmp.resolve(computer).toString());
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = url;
        CliRunner.Result r = CliRunner.run(withDb);
        assertEquals(0, r.exitCode(), r.out() + r.err());
        return r;
    }

    @Test
    void whatOneComputerTeachesAnotherLists() throws Exception {
        url = TeamServer.newDatabase();
        on("first", "catalog", "add", "VEG_AREA", "--name-zh", "蔬菜播种面积", "--alias", "菜播面积", "--measure",
                "level", "--unit", "万亩");
        on("second", "catalog", "alias", "GDP", "经济总盘子");
        Path csv = tmp.resolve("more.csv");
        Files.writeString(csv, "code,name_zh,name_en,aliases,category,measures,units\n"
                + "FISH_OUTPUT,水产品产量,Aquatic products output,水产产量,agriculture,level,万吨\n", StandardCharsets.UTF_8);
        on("first", "catalog", "import", csv.toString());

        String list = on("third", "catalog", "list").out();
        assertTrue(list.contains("VEG_AREA") && list.contains("FISH_OUTPUT"), list);
        assertTrue(list.lines().anyMatch(l -> l.startsWith("GDP ") && l.contains("changed")), list);
        assertTrue(list.contains("the team's catalog in"), list);
        Path exported = tmp.resolve("exported.csv");
        on("third", "catalog", "export", exported.toString());
        String text = Files.readString(exported, StandardCharsets.UTF_8);
        assertTrue(text.contains("菜播面积") && text.contains("经济总盘子"), text);
    }
}
