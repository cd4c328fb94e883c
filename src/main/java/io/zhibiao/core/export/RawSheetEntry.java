package io.zhibiao.core.export;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import static java.util.Collections.enumeration;

/**
 * A worksheet's zip entry put together from pieces: the XML POI wrote around an empty {@code <sheetData>},
 * deflated here, and the rows, deflated while they were written. Deflate data ending on a byte boundary
 * can be followed by more, so the three pieces joined are one valid deflate stream.
 */
final class RawSheetEntry {
    private static final String OPEN = "<sheetData";
    private static final String CLOSE = "</sheetData>";

    private RawSheetEntry() {
    }

    /**
     * The sheet XML before and after its rows, as POI's injection cuts it: {@code <sheetData/>} or a
     * {@code <sheetData>} element with whatever it holds becomes {@code <sheetData>\n} + rows + {@code </sheetData>}.
     */
    static byte[][] around(byte[] sheetXml) throws IOException {
        String xml = new String(sheetXml, StandardCharsets.UTF_8);
        int open = xml.indexOf(OPEN);
        if (open < 0) {
            throw new IOException("the sheet XML POI wrote has no " + OPEN + "> element");
        }
        int afterName = open + OPEN.length();
        int end;
        if (xml.startsWith("/>", afterName)) {
            end = afterName + 2;
        } else {
            int close = xml.indexOf(CLOSE, afterName);
            if (close < 0) {
                throw new IOException("the sheet XML POI wrote does not close " + OPEN + ">");
            }
            end = close + CLOSE.length();
        }
        return new byte[][]{(xml.substring(0, open) + OPEN + ">\n").getBytes(StandardCharsets.UTF_8),
                (CLOSE + xml.substring(end)).getBytes(StandardCharsets.UTF_8)};
    }

    static void write(ZipArchiveOutputStream zip, ZipArchiveEntry template, byte[] sheetXml, DeflatedPart rows)
            throws IOException {
        byte[][] around = around(sheetXml);
        byte[] head = deflate(around[0], false);
        byte[] tail = deflate(around[1], true);
        long crc = Crc32Combine.of(Crc32Combine.of(crc(around[0]), rows.crc(), rows.length()), crc(around[1]),
                around[1].length);
        ZipArchiveEntry entry = new ZipArchiveEntry(template.getName());
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setSize(around[0].length + rows.length() + around[1].length);
        entry.setCompressedSize(head.length + rows.compressedLength() + tail.length);
        entry.setCrc(crc);
        if (template.getTime() != -1) {
            entry.setTime(template.getTime());
        }
        try (InputStream joined = new SequenceInputStream(enumeration(List.of(new ByteArrayInputStream(head),
                new FileInputStream(rows.file()), new ByteArrayInputStream(tail))))) {
            zip.addRawArchiveEntry(entry, joined);
        }
    }

    /** Raw deflate data of {@code data}: the stream's end when {@code last}, else ending on a byte boundary. */
    private static byte[] deflate(byte[] data, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(data);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] chunk = new byte[8192];
            while (true) {
                int n = deflater.deflate(chunk, 0, chunk.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                out.write(chunk, 0, n);
                if (last ? deflater.finished() : n < chunk.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }
}
