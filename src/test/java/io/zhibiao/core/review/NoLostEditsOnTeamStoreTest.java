package io.zhibiao.core.review;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.NeedsTeamServer;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;

/** {@link NoLostEditsTest} with two clients (two Store instances, two connection pools) on one team database. */
@ExtendWith(NeedsTeamServer.class)
class NoLostEditsOnTeamStoreTest extends NoLostEditsTest {

    @Override
    Store[] openStores(Path dir) {
        return teamStores(dir);
    }
}
