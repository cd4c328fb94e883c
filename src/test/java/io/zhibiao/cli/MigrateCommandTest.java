package io.zhibiao.cli;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.Reextraction;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoreFile;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code migrate --to URL}: a store file with review work by two analysts, a document in the trash and a
 * catalog layer moves into an empty team store, and both stores then export the same work; a second
 * migrate into the filled store is refused and changes nothing.
 */
@ExtendWith(NeedsTeamServer.class)
class MigrateCommandTest {
    @TempDir
    Path dir;

    @Test
    void aStoreWithReviewWorkMovesWholeAndASecondMoveIsRefused() throws IOException {
        String source = dir.resolve("mine/zhibiao").toString();
        assertEquals(0, CliRunner.run("import", SampleReports.DIR.toString(), "--db", source).exitCode());
        assertEquals(0, CliRunner.run("catalog", "add", "VEG_AREA", "--name-zh", "蔬菜播种面积", "--alias", "菜播面积",
                "--measure", "level", "--unit", "万亩", "--db", source).exitCode());
        reviewWithTwoAnalysts(source);
        String url = TeamServer.newDatabase();
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.resolve("team-local").toString());
        try {
            CliRunner.Result moved = CliRunner.run("migrate", "--to", url, "--db", source);
            assertEquals(0, moved.exitCode(), moved.out() + moved.err());
            assertTrue(moved.out().contains("Checked: the work export of both stores is the same"), moved.out());
            assertTrue(moved.out().contains("3 document,") && moved.out().contains("was copied into the team store"),
                    moved.out());
            assertFalse(moved.out().contains("on every other computer"), "no step is left for the other computers");

            // the team's catalog is the analyst's: on any computer, and with the same extraction stamps
            System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.resolve("another-computer").toString());
            assertTrue(CliRunner.run("catalog", "list", "--db", url).out().contains("菜播面积"));
            try (Store s = Store.open(StoreAddress.parse(url)); Store file = Store.open(Path.of(source))) {
                assertFalse(Files.exists(StoreFile.catalogFile(s.location())), "no layer file on this computer");
                assertEquals(StoreCatalog.of(file).extractedWith(), StoreCatalog.of(s).extractedWith());
                assertEquals(Reextraction.withStoreCatalog(file, new ReviewService(file, "x")).behind(),
                        Reextraction.withStoreCatalog(s, new ReviewService(s, "x")).behind());
            }
            System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.resolve("team-local").toString());

            // ids, trash and list are the same: a colleague's list names the documents as the analyst's did
            assertEquals(CliRunner.run("list", "--db", source).out(), CliRunner.run("list", "--db", url).out());
            assertEquals(CliRunner.run("trash", "--db", source).out(), CliRunner.run("trash", "--db", url).out());
            Path mine = dir.resolve("mine.json");
            Path team = dir.resolve("team.json");
            assertEquals(0, CliRunner.run("work", "export", "--out", mine.toString(), "--analyst", "x", "--db",
                    source).exitCode());
            assertEquals(0, CliRunner.run("work", "export", "--out", team.toString(), "--analyst", "x", "--db",
                    url).exitCode());
            // the only difference allowed is the moment of export
            assertEquals(withoutExportTime(mine), withoutExportTime(team));
            assertTrue(Files.readString(team).contains("li.na") && Files.readString(team).contains("菜播面积"));

            // new rows on the team store take new ids after the copied ones
            try (Store s = Store.open(StoreAddress.parse(url))) {
                long before = s.tags().findAll().stream().mapToLong(t -> t.id()).max().orElseThrow();
                assertTrue(new ReviewService(s, "zhao").tagNamed("新标签", "#00ff00").id() > before);
            }

            CliRunner.Result again = CliRunner.run("migrate", "--to", url, "--db", source);
            assertEquals(1, again.exitCode());
            assertTrue(again.err().contains("is not empty") && again.err().contains("nothing was copied"), again.err());
            assertFalse(again.err().contains("Exception"), again.err());
            assertEquals(CliRunner.run("list", "--db", source).out(), CliRunner.run("list", "--db", url).out());
        } finally {
            TeamServer.drop(url);
        }
    }

    @Test
    void aTargetThatIsNoTeamStoreOrASourceThatIsNoneIsRefusedInWords() {
        String source = dir.resolve("mine/zhibiao").toString();
        CliRunner.Result file = CliRunner.run("migrate", "--to", dir.resolve("other/zhibiao").toString(), "--db",
                dir.resolve("none/zhibiao").toString());
        assertEquals(1, file.exitCode());
        assertTrue(file.err().contains("--to takes a team store"), file.err());
        CliRunner.Result missing = CliRunner.run("migrate", "--to", "jdbc:postgresql://localhost:1/x", "--db", source);
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("There is no store at"), missing.err());
        assertFalse(Files.exists(dir.resolve("mine")), "no store was made where none was");
    }

    private static List<String> withoutExportTime(Path work) throws IOException {
        return Files.readAllLines(work).stream().filter(l -> !l.contains("\"exportedAt\"")).toList();
    }

    /** Verdicts, a correction, a note, tags, an added row, an override and a document in the trash. */
    private static void reviewWithTwoAnalysts(String db) {
        try (Store s = Store.open(Path.of(db))) {
            ReviewService wang = new ReviewService(s, "wang.li");
            ReviewService li = new ReviewService(s, "li.na");
            List<DocumentSummary> docs = s.documents().listSummaries();
            for (DocumentSummary d : docs) {
                List<StoredIndicator> rows = s.indicators().findByDocument(d.id());
                wang.verify(rows.get(0).id());
                li.reject(rows.get(1).id());
                wang.correct(rows.get(2).id(), IndicatorField.UNIT, "亿元");
                li.setNote(rows.get(0).id(), "核对过 ok");
                wang.tag(List.of(rows.get(0).id(), rows.get(2).id()), "重点", "#d9534f");
                li.tag(List.of(rows.get(1).id()), "check", null);
                li.tag(List.of(rows.get(1).id()), "待核", "#5bc0de");
            }
            wang.overrideYear(docs.get(0).id(), 2022);
            li.addIndicator(docs.get(1).id(), s.indicators().findByDocument(docs.get(1).id()).get(3).value());
            wang.deleteDocuments(List.of(docs.get(2).id()));
        }
    }
}
