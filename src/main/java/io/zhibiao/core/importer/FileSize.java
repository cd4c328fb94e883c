package io.zhibiao.core.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

final class FileSize {
    private FileSize() {
    }

    static long of(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
