package io.zhibiao.core.model;

import java.util.Locale;

/**
 * How firmly a report words a target, as China desks sort them: a commitment (确保, 以上), a soft aim (力争,
 * 左右, 预期) or a bare number. The words are data: {@code io/zhibiao/core/export/target-wording.txt}.
 */
public enum TargetWording {
    HARD, SOFT, PLAIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
