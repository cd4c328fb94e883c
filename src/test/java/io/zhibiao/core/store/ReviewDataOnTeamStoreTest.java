package io.zhibiao.core.store;

import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;

/** {@link ReviewDataTest} on a team store: indicator edits, tags, history and transactions on PostgreSQL. */
class ReviewDataOnTeamStoreTest extends ReviewDataTest {
    @BeforeAll
    static void server() {
        TeamServer.assumeAvailable();
    }

    @Override
    Store openStore(Path location) {
        return TeamServer.openNewStore(location.resolveSibling("team"));
    }
}
