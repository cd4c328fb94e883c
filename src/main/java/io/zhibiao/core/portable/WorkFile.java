package io.zhibiao.core.portable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The whole of a work file, version {@value #VERSION}: who exported it, when, with which application, the
 * tags, the store's own catalog layer, and the analyst work per document. The format is described in {@code package-info.java}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "exportedAt", "exportedBy", "appVersion", "tags", "catalog", "documents"})
public record WorkFile(String format, int version, String exportedAt, String exportedBy, String appVersion,
                       List<TagWork> tags, List<CatalogWork> catalog, List<DocumentWork> documents) {
    /** The value of {@code "format"} that marks a file as analyst work. */
    public static final String FORMAT = "zhibiao-work";
    /** The newest format version this code writes and reads. */
    public static final int VERSION = 3;

    public WorkFile {
        tags = tags == null ? List.of() : List.copyOf(tags);
        catalog = catalog == null ? List.of() : List.copyOf(catalog);
        documents = documents == null ? List.of() : List.copyOf(documents);
        if (exportedAt != null) {
            Json.instant(exportedAt, "exportedAt");
        }
    }
}
