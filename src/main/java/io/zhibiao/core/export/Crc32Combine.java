package io.zhibiao.core.export;

/**
 * The CRC-32 of two pieces of data joined, from the CRC-32 of each and the second one's length: zlib's
 * {@code crc32_combine}, which the JDK does not offer. A sheet's rows are checksummed while they are written,
 * before the XML around them is known; the zip entry needs the checksum of the whole.
 */
final class Crc32Combine {
    private static final int BITS = 32;
    private static final long POLYNOMIAL = 0xedb88320L;

    private Crc32Combine() {
    }

    /** The CRC-32 of {@code a} followed by {@code b}, given CRC-32(a), CRC-32(b) and b's length in bytes. */
    static long of(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        long[] even = new long[BITS];
        long[] odd = new long[BITS];
        // the operator for one zero bit, then squared to two and four zero bits
        odd[0] = POLYNOMIAL;
        long row = 1;
        for (int n = 1; n < BITS; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd);
        square(odd, even);
        long crc = crcA;
        long length = lengthB;
        // apply len(b) zero bytes to crc(a), one bit of the length at a time
        do {
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return crc ^ crcB;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] result, long[] matrix) {
        for (int n = 0; n < BITS; n++) {
            result[n] = times(matrix, matrix[n]);
        }
    }
}
