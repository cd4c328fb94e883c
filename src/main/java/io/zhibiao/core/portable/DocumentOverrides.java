package io.zhibiao.core.portable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.zhibiao.core.model.DocumentKind;

/** An analyst's corrections of a document's region code, report year and kind (id); null = as detected. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"regionCode", "reportYear", "kind"})
public record DocumentOverrides(String regionCode, Integer reportYear, String kind) {
    public static final DocumentOverrides NONE = new DocumentOverrides(null, null, null);

    public DocumentOverrides {
        Json.require(regionCode == null || regionCode.matches("\\d{6,12}"),
                "the region override \"" + regionCode + "\" is not a region code of 6 to 12 digits");
        Json.require(reportYear == null || (reportYear >= 1949 && reportYear <= 2200),
                "the report year override " + reportYear + " is not between 1949 and 2200");
        if (kind != null) {
            Json.enumId(kind, DocumentKind::fromId, "document kind");
        }
    }

    @JsonIgnore
    public DocumentKind documentKind() {
        return kind == null ? null : DocumentKind.fromId(kind);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return regionCode == null && reportYear == null && kind == null;
    }
}
