package io.zhibiao.core.review;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
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
        String url = TeamServer.newDatabase();
        Store first = TeamServer.openNewStoreAt(url, dir.resolve("a"));
        Store second = Store.open(StoreAddress.parse(url));
        return new Store[]{first, second};
    }
}
