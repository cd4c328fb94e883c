package io.zhibiao.testing;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.RegionTable;
import io.zhibiao.core.store.Store;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Damage done to a closed store file the way a failing disk or a careless tool does it, for tests. */
public final class DamagedStores {
    private DamagedStores() {
    }

    /**
     * A store holding the sample reports as an analyst's first start leaves it, closed: the regions, three
     * reports with their indicators, written in several chunks.
     */
    public static void storeWithSamples(Path location) {
        try (Store store = Store.open(location)) {
            RegionTable.ensureLoaded(store);
            ImportService.withBundledData(store).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);
        }
        // Opened and closed once more, so the file is closed cleanly whatever the import's threads left
        // behind: the damage a test does then meets the newest state of the file, not an older one that
        // H2 would fall back to.
        Store.open(location).close();
    }

    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Garbles the root page of every table and index of the store (their length and check value). The statements the file
     * replays on open (H2's table.0) stay readable, so the damage shows only when H2 opens the database
     * and reads the indexes: the case where a plain read-write open fails and changes the file as it does.
     *
     * @return how many pages were garbled
     */
    public static int garbleTableRoots(Path dataFile) throws IOException {
        List<Long> pages = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(dataFile);
        try (MVStore mv = new MVStore.Builder().fileName(dataFile.toString()).readOnly().open()) {
            for (String name : mv.getMapNames()) {
                boolean data = name.startsWith("index.") || name.startsWith("table.") && !name.equals("table.0");
                String id = data ? mv.getMetaMap().get("name." + name) : null;
                String root = id == null ? null : mv.getLayoutMap().get("root." + id);
                long pos = root == null ? 0 : DataUtils.parseHexLong(root);
                if (pos != 0) {
                    pages.add(chunkBlock(mv, bytes, DataUtils.getPageChunkId(pos)) * 4096 + DataUtils.getPageOffset(pos));
                }
            }
        }
        try (FileChannel ch = FileChannel.open(dataFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            for (long page : pages) {
                // the page's length and check value: H2 refuses the page whenever it reads it
                ByteBuffer b = ByteBuffer.allocate(6);
                ch.read(b, page);
                for (int i = 0; i < b.limit(); i++) {
                    b.put(i, (byte) ~b.get(i));
                }
                b.rewind();
                ch.write(b, page);
            }
        }
        return pages.size();
    }

    /**
     * Where a chunk starts: as the file's layout says, or for the newest chunks, which it does not list
     * yet, the block holding the chunk's header ({@code chunk:<hex id>,...}) of the highest version (an
     * id is used again once its chunk is dead, and a dead chunk's bytes stay until overwritten).
     */
    private static long chunkBlock(MVStore mv, byte[] file, int chunkId) {
        String listed = mv.getLayoutMap().get(DataUtils.META_CHUNK + Integer.toHexString(chunkId));
        if (listed != null) {
            return DataUtils.readHexLong(DataUtils.parseMap(listed), "block", 0);
        }
        byte[] start = ("chunk:" + Integer.toHexString(chunkId) + ",").getBytes(StandardCharsets.US_ASCII);
        long found = -1;
        long newest = -1;
        for (int at = 2 * 4096; at + 4096 <= file.length; at += 4096) {
            if (Arrays.equals(file, at, at + start.length, start, 0, start.length)) {
                int end = at;
                while (end < at + 1024 && file[end] != '\n' && file[end] != 0) {
                    end++;
                }
                long version = DataUtils.readHexLong(DataUtils.parseMap(
                        new String(file, at, end - at, StandardCharsets.US_ASCII).strip()), "version", 0);
                if (version > newest) {
                    newest = version;
                    found = at / 4096;
                }
            }
        }
        if (found < 0) {
            throw new IllegalStateException("no chunk " + chunkId + " in the file");
        }
        return found;
    }

    /**
     * Flips one bit of the middle character of {@code threeChars} wherever the file holds them as H2 writes
     * text into a page (three bytes per CJK character, not UTF-8). Found only where the page compression
     * left the characters as they are, which a text of characters that never repeat guarantees. The flipped
     * bit turns the character into its neighbour four code points away (as 桥 U+6865 into 桡 U+6861).
     *
     * @return how many places were changed
     */
    public static int flipBitInText(Path dataFile, String threeChars) throws IOException {
        byte[] wanted = h2Chars(threeChars);
        byte[] file = Files.readAllBytes(dataFile);
        int flipped = 0;
        for (int i = 0; i + wanted.length <= file.length; i++) {
            if (Arrays.equals(file, i, i + wanted.length, wanted, 0, wanted.length)) {
                file[i + 5] ^= 0x04;
                flipped++;
            }
        }
        Files.write(dataFile, file);
        return flipped;
    }

    /** A text of {@code length} CJK characters none of which repeats, which page compression leaves as is. */
    public static String incompressibleText(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) (0x4E00 + i * 7));
        }
        return s.toString();
    }

    private static byte[] h2Chars(String s) {
        byte[] b = new byte[s.length() * 3];
        int i = 0;
        for (char c : s.toCharArray()) {
            b[i++] = (byte) (0xe0 | (c >> 12));
            b[i++] = (byte) ((c >> 6) & 0x3f);
            b[i++] = (byte) (c & 0x3f);
        }
        return b;
    }
}
