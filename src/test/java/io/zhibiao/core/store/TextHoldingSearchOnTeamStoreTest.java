package io.zhibiao.core.store;

import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;

/** {@link TextHoldingSearchTest} on a team database: the folding SQL and the streamed read run on PostgreSQL too. */
@ExtendWith(NeedsTeamServer.class)
class TextHoldingSearchOnTeamStoreTest extends TextHoldingSearchTest {

    @Override
    Store newStore(Path dir) {
        return TeamServer.openNewStoreAt(TeamServer.newDatabase(), dir.resolve("team"));
    }
}
