package io.zhibiao.testing;

import io.zhibiao.core.store.StoreAddress;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class on a team store ({@code @ExtendWith(NeedsTeamServer.class)}): skipped, saying why, when no
 * PostgreSQL server is given ({@link TeamServer#assumeAvailable}); after each test the local folder a second
 * client was pointed at ({@link StoreAddress#TEAM_FOLDER_PROPERTY}) is forgotten, so no test inherits it.
 */
public final class NeedsTeamServer implements BeforeAllCallback, AfterEachCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        TeamServer.assumeAvailable();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.clearProperty(StoreAddress.TEAM_FOLDER_PROPERTY);
    }
}
