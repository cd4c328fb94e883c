package io.zhibiao.core.export;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;

/**
 * A streaming workbook tuned for large exports. The sheet XML of 100,000 rows is a few hundred
 * megabytes: it is zipped with the fastest deflate level (default compression spends seconds on it for
 * a file only about a fifth smaller), and the temporary sheet files get large buffers instead of
 * thousands of small writes and reads.
 */
final class FastZipWorkbook extends SXSSFWorkbook {
    private static final int BUFFER = 1 << 20;

    FastZipWorkbook(int window) {
        super(window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter() {
            @Override
            protected OutputStream decorateOutputStream(FileOutputStream fos) {
                return new BufferedOutputStream(fos, BUFFER);
            }

            @Override
            protected InputStream decorateInputStream(FileInputStream fis) {
                return new BufferedInputStream(fis, BUFFER);
            }
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
