package io.zhibiao.core.review;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;

/** {@link TagsNotesAndDocumentsTest} on a team store (PostgreSQL). */
class TagsNotesAndDocumentsOnTeamStoreTest extends TagsNotesAndDocumentsTest {
    @BeforeAll
    static void server() {
        TeamServer.assumeAvailable();
    }

    @Override
    Store openStore(Path dir) {
        return TeamServer.openNewStore(dir.resolve("team"));
    }
}
