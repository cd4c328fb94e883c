package io.zhibiao.core.store;

/** A tag with the number of live (not deleted) indicators carrying it, for autocomplete. */
public record TagUsage(Tag tag, int indicatorCount) {
}
