package io.zhibiao.core.extract.text;

/** A sentence [start, end) of the text; end excludes the terminating punctuation. */
public record Sentence(int start, int end) {
}
