package io.zhibiao.core.review;

/**
 * A document's override before and after a step. Values are what the override column holds: a region
 * code, an Integer year or a DocumentKind; null means "no override, use what was detected".
 */
public record OverrideChange(long documentId, OverrideField field, Object before, Object after) {
}
