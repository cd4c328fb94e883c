package io.zhibiao.core.model;

import java.util.Locale;

/** Whether a value is a target (预期目标) or an actual result (完成, 实现). */
public enum ValueKind {
    TARGET, ACTUAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ValueKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
