package io.zhibiao.core.review;

import io.zhibiao.core.store.DocumentSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * How the audit history names a document that was deleted or brought back: report year, region (name and
 * code) and title, locale-free, e.g. {@code 2024 · 咸宁市 (421200) · 2024年咸宁市政府工作报告}. The event's old
 * value holds it when the document left the corpus, its new value when it came back.
 */
public final class DocumentLabel {
    /** The audit field of those events. */
    public static final String FIELD = "document";

    private DocumentLabel() {
    }

    public static String of(DocumentSummary d) {
        List<String> parts = new ArrayList<>(3);
        if (d.effectiveYear() != null) {
            parts.add(String.valueOf(d.effectiveYear()));
        }
        String code = d.effectiveRegionCode();
        if (d.regionName() != null) {
            parts.add(code == null ? d.regionName() : d.regionName() + " (" + code + ")");
        } else if (code != null) {
            parts.add(code);
        }
        parts.add(d.title() != null && !d.title().isBlank() ? d.title() : d.fileName());
        return String.join(" · ", parts);
    }
}
