package io.zhibiao.core.review;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;

/** {@link DocumentTrashTest} on a team store (PostgreSQL); a restart opens the same database again. */
@ExtendWith(NeedsTeamServer.class)
class DocumentTrashOnTeamStoreTest extends DocumentTrashTest {
    private String url;

    @Override
    Store openStore(Path dir) {
        url = TeamServer.newDatabase();
        return reopenStore(dir);
    }

    @Override
    Store reopenStore(Path dir) {
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.resolve("team").toString());
        return Store.open(StoreAddress.parse(url));
    }

    @AfterEach
    void dropDatabase() {
        TeamServer.drop(url);
    }
}
