package io.zhibiao.core.store;

import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.zhibiao.core.store.StoreFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** A team store on a PostgreSQL server: opened by many at once, refused when its schema is another's. */
@ExtendWith(NeedsTeamServer.class)
class TeamStoreTest {
    @TempDir
    Path dir;

    private Store open(String url) {
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.toString());
        return Store.open(StoreAddress.parse(url));
    }

    @Test
    void aStoreOpenedTwiceAtOnceSeesTheOthersWorkAndNothingIsRefusedAsInUse() {
        String url = TeamServer.newDatabase();
        try (Store first = open(url); Store second = open(url)) {
            long id = first.documents().insertDocument(document("/r/a.txt", TEXT), List.of(gdpTarget()));
            assertEquals(List.of(id), second.documents().listSummaries().stream().map(DocumentSummary::id).toList());
            second.indicators().updateStatus(second.indicators().findByDocument(id).get(0).id(),
                    ReviewStatus.VERIFIED, "li", Instant.parse("2025-01-02T03:04:05Z"));
            assertEquals(1, first.documents().findById(id).orElseThrow().reviewedCount());
            assertEquals(Path.of(dir.toString(), first.server().orElseThrow().folderName(), "zhibiao"),
                    first.location(), "the local files go to a folder of this store's own");
        } finally {
            TeamServer.drop(url);
        }
    }

    @Test
    void twoImportsRacingOnTheSameReportStoreItOnce() throws Exception {
        String url = TeamServer.newDatabase();
        int reports = 12;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Store a = open(url); Store b = open(url)) {
            for (int i = 0; i < reports; i++) {
                NewDocument same = document("/r/" + i + ".txt", TEXT + i);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Long>> results = new ArrayList<>();
                for (Store s : List.of(a, b)) {
                    Callable<Long> importIt = () -> {
                        together.await();
                        try {
                            return s.documents().insertDocument(same, List.of(gdpTarget(), unemploymentRange()));
                        } catch (DuplicateDocumentException e) {
                            return -1L;
                        }
                    };
                    results.add(pool.submit(importIt));
                }
                long stored = 0;
                for (Future<Long> r : results) {
                    stored += r.get() > 0 ? 1 : 0;
                }
                assertEquals(1, stored, "report " + i + ": one import stores it, the other finds it there");
            }
            assertEquals(reports, a.documents().listSummaries().size());
            assertEquals(reports * 2, count(url, "SELECT COUNT(*) FROM indicator"), "no half-stored duplicate");
        } finally {
            pool.shutdownNow();
            TeamServer.drop(url);
        }
    }

    @Test
    void aDatabaseHoldingAnotherApplicationsTablesIsRefusedInWordsAndLeftAsItWas() throws Exception {
        String url = TeamServer.newDatabase();
        try {
            TeamServer.run(url, "CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount NUMERIC)");
            StoreException e = assertThrows(UnsafeStoreException.class, () -> open(url).close());
            assertTrue(e.getMessage().contains("a table (invoice) that Zhibiao does not create")
                    && e.getMessage().contains("database of its own"), e.getMessage());
            assertEquals(1, count(url, "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = 'public'"), "nothing was migrated into it");
        } finally {
            TeamServer.drop(url);
        }
    }

    @Test
    void aStoreWithATableAddedSinceIsRefused() {
        String url = TeamServer.newDatabase();
        try {
            open(url).close();
            TeamServer.run(url, "ALTER TABLE document ADD COLUMN secret TEXT");
            StoreException e = assertThrows(UnsafeStoreException.class, () -> open(url).close());
            assertTrue(e.getMessage().contains("a column (document.secret) that Zhibiao does not create"),
                    e.getMessage());
        } finally {
            TeamServer.drop(url);
        }
    }

    @Test
    void connectionsTheServerClosedWhileIdleAreReplacedWithoutAFailedCall() throws Exception {
        String url = TeamServer.newDatabase();
        try (Store store = open(url)) {
            store.documents().insertDocument(document("/r/a.txt", TEXT), List.of(gdpTarget()));
            // a server restart or an administrator ends every session of the store's database
            TeamServer.run(TeamServer.url().orElseThrow(), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = '" + url.replaceAll(".*/([^/?]+).*", "$1") + "' AND pid <> pg_backend_pid()");
            Thread.sleep(ConnectionPool.CHECK_AFTER_IDLE_NANOS / 1_000_000 + 500);
            assertEquals(1, store.documents().listSummaries().size());
        } finally {
            TeamServer.drop(url);
        }
    }

    @Test
    void backupIsTheServersBusiness() {
        String url = TeamServer.newDatabase();
        try (Store store = open(url)) {
            StoreException e = assertThrows(StoreException.class, () -> store.backUp("manual", Instant.now()));
            assertTrue(e.getMessage().contains("pg_dump"), e.getMessage());
            store.flush(); // a commit is durable on the server: nothing to flush, and no failure
        } finally {
            TeamServer.drop(url);
        }
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
