package io.zhibiao.core.corpus;

import java.util.Objects;

import io.zhibiao.core.model.PortalMetadata;

/**
 * Text prepared for extraction, with a map back to the original so highlights land on the original characters.
 * Each cleaned char comes from exactly one original char (normalised to half width at most); nothing is
 * reordered, removed characters simply have no cleaned counterpart.
 */
public final class CleanedText {

    private final String original;
    private final String cleaned;
    /** toOriginal[i] = index in original of cleaned char i; one extra slot maps the end to original.length(). */
    private final int[] toOriginal;
    private final PortalMetadata metadata;

    CleanedText(String original, String cleaned, int[] toOriginal, PortalMetadata metadata) {
        if (toOriginal.length != cleaned.length() + 1) {
            throw new IllegalArgumentException("offset map must have one entry per cleaned char plus the end");
        }
        this.original = original;
        this.cleaned = cleaned;
        this.toOriginal = toOriginal;
        this.metadata = Objects.requireNonNull(metadata);
    }

    public String original() {
        return original;
    }

    public String cleaned() {
        return cleaned;
    }

    /** Portal metadata lines (索引号, 发布机构, 发布日期, 名称) found and removed while cleaning; fields may be null. */
    public PortalMetadata metadata() {
        return metadata;
    }

    /**
     * The original offset of a cleaned offset. For a span's start this is its first char; for an exclusive end
     * it is the original char that follows the span's last char in the cleaned text (so any removed chars in
     * between, such as the spaces of "96. 03" or a line's '\r', stay outside a highlight ending there).
     * The end of the cleaned text maps to the end of the original.
     *
     * @throws IndexOutOfBoundsException if the offset is outside 0..cleaned().length()
     */
    public int toOriginal(int cleanedOffset) {
        if (cleanedOffset < 0 || cleanedOffset > cleaned.length()) {
            throw new IndexOutOfBoundsException("cleaned offset " + cleanedOffset + " outside 0.." + cleaned.length());
        }
        return toOriginal[cleanedOffset];
    }

    /**
     * The original exclusive end of a span ending at this cleaned offset: one past the original of its last char.
     * Tighter than {@link #toOriginal(int)} when removed characters follow the span.
     */
    public int toOriginalEnd(int cleanedEnd) {
        if (cleanedEnd <= 0) {
            return toOriginal(0);
        }
        return toOriginal(cleanedEnd - 1) + 1;
    }
}
