package io.zhibiao.core.model;

import java.time.LocalDate;

/**
 * Metadata lines of a government portal page (索引号, 发布机构, 发布日期, 名称).
 * Any field may be null.
 */
public record PortalMetadata(String indexNumber, String publisher, LocalDate publishedOn, String name) {
    public static final PortalMetadata EMPTY = new PortalMetadata(null, null, null, null);
}
