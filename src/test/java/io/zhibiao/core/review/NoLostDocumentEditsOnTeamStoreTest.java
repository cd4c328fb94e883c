package io.zhibiao.core.review;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;

/** {@link NoLostDocumentEditsTest} with two clients (two Store instances) on one team database. */
class NoLostDocumentEditsOnTeamStoreTest extends NoLostDocumentEditsTest {
    @BeforeAll
    static void server() {
        TeamServer.assumeAvailable();
    }

    @Override
    Store[] openStores(Path dir) {
        return teamStores(dir);
    }
}
