package io.zhibiao.core.review;

import io.zhibiao.core.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Gives every review test a fresh {@link ReviewFixture} in its own temporary folder (or database), closed afterwards. */
abstract class ReviewTestBase {
    @TempDir
    Path dir;
    ReviewFixture f;

    @BeforeEach
    void openFixture() {
        f = new ReviewFixture(openStore(dir));
    }

    /** A store file; the tests' team-store variants return a team store here. */
    Store openStore(Path dir) {
        return Store.open(dir.resolve("db"));
    }

    /** The store of {@link #openStore} once more, after it was closed: a restart. */
    Store reopenStore(Path dir) {
        return Store.open(dir.resolve("db"));
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }
}
