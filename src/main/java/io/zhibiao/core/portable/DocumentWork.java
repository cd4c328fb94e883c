package io.zhibiao.core.portable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Locale;

/**
 * The analyst work on one document. {@code contentHash} (SHA-256 of the report file, lower-case hex) is the
 * key; file name and title are there for people reading the file. {@code history} holds the audited events
 * about the document itself (overrides, re-runs of extraction); each indicator carries its own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"contentHash", "fileName", "title", "overrides", "indicators", "history"})
public record DocumentWork(String contentHash, String fileName, String title, DocumentOverrides overrides,
                           List<IndicatorWork> indicators, List<HistoryEntry> history) {
    public DocumentWork {
        Json.require(contentHash != null && contentHash.strip().matches("[0-9a-fA-F]{16,128}"),
                "a document has no valid \"contentHash\" (hex digits expected, got " + contentHash + ")");
        contentHash = contentHash.strip().toLowerCase(Locale.ROOT);
        overrides = overrides == null ? DocumentOverrides.NONE : overrides;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A name for messages: the file name, else the hash. */
    public String label() {
        return fileName != null ? fileName : contentHash;
    }
}
