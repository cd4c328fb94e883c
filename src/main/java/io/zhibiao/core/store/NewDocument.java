package io.zhibiao.core.store;

import io.zhibiao.core.corpus.RawText;
import io.zhibiao.core.model.Detected;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.DocumentProfile;
import io.zhibiao.core.model.PortalMetadata;
import io.zhibiao.core.model.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document about to be imported, with what detection found. Confidences are null when nothing was
 * detected. {@code previousVersionId} points to the document this one replaces (same path, changed
 * content), or is null.
 */
public record NewDocument(String sourcePath, String fileName, String contentHash, long fileSize,
                          String format, String encoding, String originalText, String cleanedText,
                          String title,
                          String regionCode, Double regionConfidence,
                          Integer reportYear, Double yearConfidence,
                          DocumentKind kind, Double kindConfidence,
                          LocalDate publishedOn, LocalDate deliveredOn,
                          String speaker, String speakerTitle, String publisher, String indexNumber,
                          Instant importedAt, Long previousVersionId) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public NewDocument {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(originalText, "originalText");
        Objects.requireNonNull(importedAt, "importedAt");
        contentHash = Objects.requireNonNull(contentHash, "contentHash").toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("contentHash must be a SHA-256 in hex (64 characters), got: "
                    + contentHash);
        }
        if (fileSize < 0) {
            throw new IllegalArgumentException("fileSize must not be negative: " + fileSize);
        }
    }

    /** Builds the row from what the reading and detection steps produce. */
    public static NewDocument of(String sourcePath, String fileName, String contentHash, long fileSize,
                                 RawText raw, String cleanedText, DocumentProfile profile,
                                 PortalMetadata portal, Instant importedAt, Long previousVersionId) {
        Detected<Region> region = orNone(profile.region());
        Detected<Integer> year = orNone(profile.year());
        Detected<DocumentKind> kind = orNone(profile.kind());
        PortalMetadata meta = portal == null ? PortalMetadata.EMPTY : portal;
        return new NewDocument(sourcePath, fileName, contentHash, fileSize, raw.format(), raw.encoding(),
                raw.text(), cleanedText, profile.title(),
                region.isPresent() ? region.value().code() : null, confidenceOf(region),
                year.value(), confidenceOf(year),
                kind.value(), confidenceOf(kind),
                meta.publishedOn(), profile.deliveredOn(),
                profile.speaker(), profile.speakerTitle(), meta.publisher(), meta.indexNumber(),
                importedAt, previousVersionId);
    }

    private static <T> Detected<T> orNone(Detected<T> detected) {
        return detected == null ? Detected.none() : detected;
    }

    private static Double confidenceOf(Detected<?> detected) {
        return detected.isPresent() ? detected.confidence() : null;
    }
}
