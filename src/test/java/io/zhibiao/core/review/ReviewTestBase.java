package io.zhibiao.core.review;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Gives every review test a fresh {@link ReviewFixture} in its own temporary folder, closed afterwards. */
abstract class ReviewTestBase {
    @TempDir
    Path dir;
    ReviewFixture f;

    @BeforeEach
    void openFixture() {
        f = new ReviewFixture(dir);
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }
}
