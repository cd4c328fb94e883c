package io.zhibiao.core.store;

/**
 * The texts of a document, loaded apart from its summary because they are large.
 * Indicator offsets point into {@code originalText}; {@code cleanedText} may be null.
 */
public record DocumentText(long documentId, String originalText, String cleanedText) {
}
