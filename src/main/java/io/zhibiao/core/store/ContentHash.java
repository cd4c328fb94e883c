package io.zhibiao.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a document's decoded text, as stored. Hashing the text rather than the bytes makes the same
 * report saved as GB18030 and as UTF-8 one document, and lets review work be matched across stores; as the
 * hash of the very text the store keeps, it also proves the text was not altered since (see
 * {@link TextIntegrity}).
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Has the JIT compile the hash of a report text: the text's UTF-8 encoding and the digest. Cold, both
     * run interpreted, and the first pane opened would wait 65-80 ms for a 50 KB report (measured in a fresh
     * JVM); after this warm-up, 5-10 ms, and under 1 ms once fully compiled. Takes 0.15-0.25 s of one core:
     * run it on a background thread at start.
     *
     * @return a hash, which callers ignore (it keeps the work from being optimised away)
     */
    public static String warmUp() {
        StringBuilder text = new StringBuilder(4096);
        for (int i = 0; i < 4096; i++) {
            text.append((char) (0x4E00 + i % 2000));
        }
        String last = "";
        for (int i = 0; i < 200; i++) {
            text.setCharAt(i, '年');
            last = of(text.toString());
        }
        return last;
    }
}
