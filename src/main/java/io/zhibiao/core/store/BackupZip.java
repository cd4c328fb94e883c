package io.zhibiao.core.store;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

/**
 * Joins the zip H2's {@code BACKUP TO} writes (the store file) and the one its {@code SCRIPT TO ...
 * COMPRESSION ZIP} writes into one backup zip. The entries are copied as they are packed: a store of a
 * thousand reports is about 60 MB, and packing it a second time would cost seconds on every backup.
 */
final class BackupZip {
    private BackupZip() {
    }

    /**
     * Writes {@code target}: the one entry of {@code storeZip}, then the one of {@code scriptZip} named
     * {@code scriptName}, then the catalog layer {@code catalog} (packed here) when there is one.
     */
    static void join(Path storeZip, Path scriptZip, String scriptName, Path catalog, Path target) throws IOException {
        try (ZipFile store = ZipFile.builder().setPath(storeZip).get();
             ZipFile script = ZipFile.builder().setPath(scriptZip).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(target)) {
            copy(store, null, out);
            copy(script, scriptName, out);
            if (Files.isRegularFile(catalog)) {
                out.putArchiveEntry(new ZipArchiveEntry(StoreFile.CATALOG));
                Files.copy(catalog, out);
                out.closeArchiveEntry();
            }
            out.finish();
        }
    }

    private static void copy(ZipFile from, String name, ZipArchiveOutputStream out) throws IOException {
        Enumeration<ZipArchiveEntry> entries = from.getEntries();
        if (!entries.hasMoreElements()) {
            throw new IOException("H2 wrote an empty zip");
        }
        ZipArchiveEntry entry = entries.nextElement();
        ZipArchiveEntry copy = new ZipArchiveEntry(name != null ? name : entry.getName());
        copy.setMethod(entry.getMethod());
        copy.setCrc(entry.getCrc());
        copy.setSize(entry.getSize());
        copy.setCompressedSize(entry.getCompressedSize());
        copy.setTime(entry.getTime());
        try (InputStream raw = from.getRawInputStream(entry)) {
            out.addRawArchiveEntry(copy, raw);
        }
    }
}
