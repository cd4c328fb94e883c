package io.zhibiao.core.store;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A copy into a team store that fails or is cancelled midway leaves it empty, and it can be made again. */
@ExtendWith(NeedsTeamServer.class)
class StoreCopyTest {
    @TempDir
    Path dir;

    @Test
    void theTablesGoInAfterTheTablesTheyReferTo() {
        List<String> order = StoreCopy.tablesInOrder(ExpectedSchema.fromResource(SchemaVersion.LATEST).orElseThrow());
        assertTrue(order.indexOf("DOCUMENT") < order.indexOf("INDICATOR"), order.toString());
        assertTrue(order.indexOf("INDICATOR") < order.indexOf("INDICATOR_TAG"), order.toString());
        assertTrue(order.indexOf("TAG") < order.indexOf("INDICATOR_TAG"), order.toString());
        assertTrue(!order.contains("FLYWAY_SCHEMA_HISTORY"), order.toString());
    }

    @Test
    void aConnectionLostMidwayOrACancelLeavesTheTeamStoreEmptyAndTheCopyThenSucceeds() {
        String url = TeamServer.newDatabase();
        try (Store source = Store.open(dir.resolve("mine/zhibiao"));
             Store team = TeamServer.openNewStoreAt(url, dir.resolve("team"))) {
            ImportService.withBundledData(source).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);
            ReviewService review = new ReviewService(source, "wang.li");
            long first = source.indicators().findByDocument(source.documents().listSummaries().get(0).id()).get(0).id();
            review.verify(first);
            Map<String, Long> before = StoreCopy.contentRows(team);

            // the server ends the session in the middle of the indicators, documents already sent
            StoreException lost = assertThrows(StoreException.class, () -> StoreCopy.copy(source, team,
                    (table, rows) -> {
                        if (table.equals("indicator")) {
                            TeamServer.run(url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
                        }
                    }, () -> false));
            assertTrue(lost.getMessage().startsWith("Could not copy into the store"), lost.getMessage());
            assertEquals(before, StoreCopy.contentRows(team));
            assertTrue(before.values().stream().allMatch(n -> n == 0), before.toString());

            assertThrows(CancellationException.class, () -> StoreCopy.copy(source, team, StoreCopy.Progress.NONE,
                    () -> true));
            assertEquals(before, StoreCopy.contentRows(team));

            StoreCopy.Result copied = StoreCopy.copy(source, team, StoreCopy.Progress.NONE, () -> false);
            assertEquals(StoreCopy.contentRows(source), StoreCopy.contentRows(team));
            assertEquals(3L, copied.rows().get("document"));
            assertEquals("verified", team.indicators().findById(first).orElseThrow().status().id());
            assertThrows(StoreNotEmptyException.class, () -> StoreCopy.copy(source, team, StoreCopy.Progress.NONE,
                    () -> false));
        }
    }
}
