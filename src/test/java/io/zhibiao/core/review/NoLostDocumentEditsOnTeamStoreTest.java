package io.zhibiao.core.review;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.NeedsTeamServer;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;

/** {@link NoLostDocumentEditsTest} with two clients (two Store instances) on one team database. */
@ExtendWith(NeedsTeamServer.class)
class NoLostDocumentEditsOnTeamStoreTest extends NoLostDocumentEditsTest {

    @Override
    Store[] openStores(Path dir) {
        return teamStores(dir);
    }
}
