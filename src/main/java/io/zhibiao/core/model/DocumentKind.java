package io.zhibiao.core.model;

import java.util.Locale;

/** What kind of report a document is. */
public enum DocumentKind {
    /** 政府工作报告, whole or part. */
    WORK_REPORT,
    /** 完成情况通报, 督查通报: how last year's targets were met. */
    COMPLETION_REPORT,
    /** 图解, 解读, one-page digests. */
    SUMMARY,
    OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DocumentKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
