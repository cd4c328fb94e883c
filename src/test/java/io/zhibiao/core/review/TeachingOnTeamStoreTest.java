package io.zhibiao.core.review;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;

/**
 * {@link TeachingTest} on a team database: the preview streams the texts holding the phrase through a server-side
 * cursor while its workers read the rows on connections of their own.
 */
@ExtendWith(NeedsTeamServer.class)
class TeachingOnTeamStoreTest extends TeachingTest {

    @Override
    Store newStore(Path dir) {
        return TeamServer.openNewStoreAt(TeamServer.newDatabase(), dir.resolve("team"));
    }
}
