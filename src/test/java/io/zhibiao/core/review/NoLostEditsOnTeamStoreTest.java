package io.zhibiao.core.review;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;

/** {@link NoLostEditsTest} with two clients (two Store instances, two connection pools) on one team database. */
class NoLostEditsOnTeamStoreTest extends NoLostEditsTest {
    @BeforeAll
    static void server() {
        TeamServer.assumeAvailable();
    }

    @Override
    Store[] openStores(Path dir) {
        return teamStores(dir);
    }
}
