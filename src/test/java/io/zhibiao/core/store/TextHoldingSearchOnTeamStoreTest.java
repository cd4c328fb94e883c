package io.zhibiao.core.store;

import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;

/** {@link TextHoldingSearchTest} on a team database: the folding SQL and the streamed read run on PostgreSQL too. */
class TextHoldingSearchOnTeamStoreTest extends TextHoldingSearchTest {
    @BeforeAll
    static void server() {
        TeamServer.assumeAvailable();
    }

    @Override
    Store newStore(Path dir) {
        return TeamServer.openNewStoreAt(TeamServer.newDatabase(), dir.resolve("team"));
    }
}
