package io.zhibiao.core.corpus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only shared folder (/work/shared) that some tests use; they are skipped where it is absent. */
final class SharedFolder {

    private SharedFolder() {
    }

    static Path path(String relative) {
        String root = System.getProperty("zhibiao.shared", "../shared");
        Path p = Path.of(root).resolve(relative);
        assumeTrue(Files.exists(p), "shared resource absent: " + p);
        return p;
    }
}
