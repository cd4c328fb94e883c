package io.zhibiao.core.review;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;

/** {@link UndoRedoTest} on a team store (PostgreSQL). */
@ExtendWith(NeedsTeamServer.class)
class UndoRedoOnTeamStoreTest extends UndoRedoTest {

    @Override
    Store openStore(Path dir) {
        return TeamServer.openNewStore(dir.resolve("team"));
    }
}
