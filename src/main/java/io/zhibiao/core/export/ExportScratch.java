package io.zhibiao.core.export;

import io.zhibiao.core.files.TempFiles;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a workbook export keeps its sheets in while it writes them (hundreds of megabytes for a large
 * export): a {@link TempFiles temporary folder} in the data folder, removed when the export ends and, if the
 * process is killed, at the next start. Without it POI puts them in {@code java.io.tmpdir/poifiles}, where
 * nothing ever removes a killed export's sheets.
 *
 * <p>POI has one temporary-file strategy for the whole JVM; the one installed here sends the files of the
 * thread running an export into that export's folder, and every other thread's to POI's default place.
 */
final class ExportScratch implements AutoCloseable {
    private static final ThreadLocal<Path> FOLDER = new ThreadLocal<>();

    static {
        TempFile.setTempFileCreationStrategy(new PerThread(new DefaultTempFileCreationStrategy()));
    }

    private final Path folder;
    private final Path previous;

    private ExportScratch(Path folder) {
        this.folder = folder;
        this.previous = FOLDER.get();
        FOLDER.set(folder);
    }

    /** Creates the folder in {@code dataFolder}; until it is closed, POI's temporary files on this thread go there. */
    static ExportScratch in(Path dataFolder) throws IOException {
        Files.createDirectories(dataFolder);
        return new ExportScratch(TempFiles.newFolder(dataFolder, "export"));
    }

    @Override
    public void close() {
        if (previous == null) {
            FOLDER.remove();
        } else {
            FOLDER.set(previous);
        }
        TempFiles.deleteTree(folder);
    }

    private static final class PerThread implements TempFileCreationStrategy {
        private final TempFileCreationStrategy fallback;

        PerThread(TempFileCreationStrategy fallback) {
            this.fallback = fallback;
        }

        @Override
        public File createTempFile(String prefix, String suffix) throws IOException {
            Path folder = FOLDER.get();
            return folder == null ? fallback.createTempFile(prefix, suffix)
                    : Files.createTempFile(folder, prefix, suffix).toFile();
        }

        @Override
        public File createTempDirectory(String prefix) throws IOException {
            Path folder = FOLDER.get();
            return folder == null ? fallback.createTempDirectory(prefix)
                    : Files.createTempDirectory(folder, prefix).toFile();
        }
    }
}
