package io.zhibiao.ui.review;

import io.zhibiao.core.review.AuditWords;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.ui.common.Messages;

/** The audit trail's ids (verify, status, unreviewed) in the workbench's words; data stays as it is. */
final class HistoryWords {
    private HistoryWords() {
    }

    static String action(Messages m, AuditEvent e) {
        return word(m, "review.action." + e.action(), e.action());
    }

    static String field(Messages m, AuditEvent e) {
        return field(m, e.field());
    }

    static String field(Messages m, String field) {
        return field == null ? null : word(m, "history.field." + field, field);
    }

    static String value(Messages m, AuditEvent e, String value) {
        return value(m, e.entityType(), e.field(), value);
    }

    /** A value as the audit trail writes it for {@code field} of an {@code entityType}, in the workbench's words. */
    static String value(Messages m, String entityType, String field, String value) {
        if (value == null) {
            return null;
        }
        return AuditWords.valueWords(entityType, field).map(words -> switch (words) {
            case STATUS -> word(m, "status." + value, value);
            case MEASURE -> word(m, "measure." + value, value);
            case VALUE_KIND -> word(m, "valuekind." + value, value);
            case DOCUMENT_KIND -> word(m, "kind." + value, value);
            case QUALIFIER -> word(m, "qualifier." + value, value);
            case BASIS -> word(m, "basis." + value, value);
            case SCOPE -> word(m, "scope." + value, value);
            case YES_NO -> "true".equals(value) ? m.get("history.yes") : "false".equals(value) ? m.get("history.no") : value;
        }).orElse(value);
    }

    /** The bundle's word, else the id itself (a trail written by a newer version may hold ids not known here). */
    private static String word(Messages m, String key, String id) {
        return m.bundle().containsKey(key) ? m.get(key) : id;
    }
}
