package io.zhibiao.core.export;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The parts POI wrote, with some of them rewritten on the way into the file. A rewritten entry has no
 * size, so the zip writer takes the size of what is written instead of the original's.
 */
final class ReplacedEntries implements ZipEntrySource {
    private final ZipEntrySource written;
    private final Map<String, UnaryOperator<byte[]>> replaced;

    /** @param replaced by entry name, what turns POI's bytes of the entry into the ones to write */
    ReplacedEntries(ZipEntrySource written, Map<String, UnaryOperator<byte[]>> replaced) {
        this.written = written;
        this.replaced = replaced;
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        List<ZipArchiveEntry> entries = new ArrayList<>();
        for (ZipArchiveEntry e : Collections.list(written.getEntries())) {
            entries.add(replaced.containsKey(e.getName()) ? new ZipArchiveEntry(e.getName()) : e);
        }
        return Collections.enumeration(entries);
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return written.getEntry(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        UnaryOperator<byte[]> rewrite = replaced.get(entry.getName());
        if (rewrite == null) {
            return written.getInputStream(entry);
        }
        byte[] poi;
        try (InputStream in = written.getInputStream(written.getEntry(entry.getName()))) {
            poi = in.readAllBytes();
        }
        return new ByteArrayInputStream(rewrite.apply(poi));
    }

    @Override
    public void close() throws IOException {
        written.close();
    }

    @Override
    public boolean isClosed() {
        return written.isClosed();
    }
}
