package io.zhibiao.core.search;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.store.NewDocument;
import io.zhibiao.core.store.Store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** Stores texts directly as documents (no extraction), so search tests control every character. */
final class SearchCorpusFixture {
    private SearchCorpusFixture() {
    }

    static long add(Store store, String fileName, String regionCode, Integer year, String text) {
        NewDocument doc = new NewDocument("/reports/" + fileName, fileName, sha256(text),
                text.getBytes(StandardCharsets.UTF_8).length, "txt", "UTF-8", text, text, "标题 " + fileName,
                regionCode, regionCode == null ? null : 0.9, year, year == null ? null : 0.9,
                DocumentKind.WORK_REPORT, 0.9, null, null, null, null, null, null, Instant.now(), null);
        return store.documents().insertDocument(doc, List.of());
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
