package io.zhibiao.core.review;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;

/** {@link UndoRedoTest} on a team store (PostgreSQL). */
class UndoRedoOnTeamStoreTest extends UndoRedoTest {
    @BeforeAll
    static void server() {
        TeamServer.assumeAvailable();
    }

    @Override
    Store openStore(Path dir) {
        return TeamServer.openNewStore(dir.resolve("team"));
    }
}
