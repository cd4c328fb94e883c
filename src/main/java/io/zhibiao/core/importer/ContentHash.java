package io.zhibiao.core.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a document's decoded text. Hashing the text rather than the bytes makes the same report
 * saved as GB18030 and as UTF-8 one document, and lets review work be matched across stores.
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
}
