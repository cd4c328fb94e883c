package io.zhibiao.core.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Opens the index folder for writing. An index written with another analysis (older format), or one that
 * cannot be read, is thrown away and started afresh: it is only a cache of the store, rebuilt from it.
 */
final class IndexFiles {
    /** Bump when the analysis or the fields change: older indexes are then rebuilt. */
    static final String FORMAT = "characters-1";
    private static final String FORMAT_KEY = "zhibiao.format";
    private static final Logger LOG = LoggerFactory.getLogger(IndexFiles.class);

    private IndexFiles() {
    }

    static IndexWriter openWriter(Path location, IndexWriterConfig config) throws IOException {
        Files.createDirectories(location);
        Directory dir = FSDirectory.open(location);
        try {
            boolean usable = usable(dir, location);
            if (!usable) {
                dir.close();
                wipe(location);
                dir = FSDirectory.open(location);
            }
            config.setOpenMode(usable ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
            IndexWriter writer = new IndexWriter(dir, config);
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            return writer;
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private static boolean usable(Directory dir, Path location) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return false;
            }
            String format = SegmentInfos.readLatestCommit(dir).getUserData().get(FORMAT_KEY);
            if (!FORMAT.equals(format)) {
                LOG.info("Search index at {} has format {}, rebuilding it as {}", location, format, FORMAT);
                return false;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Search index at {} is unreadable, rebuilding it: {}", location, e.toString());
            return false;
        }
    }

    /** Deletes the index folder's files (never anything outside it). */
    private static void wipe(Path location) throws IOException {
        try (Stream<Path> files = Files.walk(location)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(location)) {
                    Files.delete(p);
                }
            }
        }
    }
}
