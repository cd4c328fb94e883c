package io.zhibiao.core.export;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The checksum a sheet's zip entry carries is that of its whole XML, however it was cut into pieces. */
class Crc32CombineTest {
    @Test
    void theCombinedChecksumIsTheChecksumOfTheJoinedData() {
        Random random = new Random(20261208);
        for (int round = 0; round < 200; round++) {
            byte[] a = new byte[random.nextInt(3000)];
            byte[] b = new byte[round == 0 ? 0 : random.nextInt(70_000)];
            random.nextBytes(a);
            random.nextBytes(b);
            byte[] joined = new byte[a.length + b.length];
            System.arraycopy(a, 0, joined, 0, a.length);
            System.arraycopy(b, 0, joined, a.length, b.length);
            assertEquals(crc(joined), Crc32Combine.of(crc(a), crc(b), b.length), "round " + round);
        }
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }
}
