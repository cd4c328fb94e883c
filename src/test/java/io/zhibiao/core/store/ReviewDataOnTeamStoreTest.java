package io.zhibiao.core.store;

import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;

/** {@link ReviewDataTest} on a team store: indicator edits, tags, history and transactions on PostgreSQL. */
@ExtendWith(NeedsTeamServer.class)
class ReviewDataOnTeamStoreTest extends ReviewDataTest {

    @Override
    Store openStore(Path location) {
        return TeamServer.openNewStore(location.resolveSibling("team"));
    }
}
