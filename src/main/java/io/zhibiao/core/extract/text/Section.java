package io.zhibiao.core.extract.text;

import io.zhibiao.core.model.ValueKind;

/**
 * What a heading says about the values after it: targets or actual results, and of which year.
 * {@code kind} is null while no heading has said anything.
 */
public record Section(ValueKind kind, Integer year, String heading) {
    public static final Section UNKNOWN = new Section(null, null, null);

    public boolean known() {
        return kind != null;
    }
}
