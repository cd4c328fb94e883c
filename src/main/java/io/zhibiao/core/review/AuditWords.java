package io.zhibiao.core.review;

import java.util.Optional;

/**
 * What the words of the audit trail are, so that the workbench's History and the workbook's History sheet can
 * show them in the analyst's language: the trail keeps stable ids (action {@code verify}, field {@code status},
 * value {@code unreviewed}), and an old or new value of some fields is an id of a fixed set of words.
 */
public final class AuditWords {
    /** The set of words a value belongs to; other fields hold data (numbers, names, the analyst's note). */
    public enum ValueWords { STATUS, MEASURE, VALUE_KIND, DOCUMENT_KIND, QUALIFIER, BASIS, SCOPE, YES_NO }

    private AuditWords() {
    }

    public static Optional<ValueWords> valueWords(String entityType, String field) {
        if (field == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (field) {
            case "status" -> ValueWords.STATUS;
            case "measure" -> ValueWords.MEASURE;
            case "kind" -> io.zhibiao.core.store.AuditEvent.DOCUMENT.equals(entityType)
                    ? ValueWords.DOCUMENT_KIND : ValueWords.VALUE_KIND;
            case "qualifier" -> ValueWords.QUALIFIER;
            case "basis" -> ValueWords.BASIS;
            case "scope" -> ValueWords.SCOPE;
            case "deleted", "stretch", "estimated", "qualitative" -> ValueWords.YES_NO;
            default -> null;
        });
    }

    /** Every field the trail writes, for the bundles' {@code history.field.*} words. */
    public static java.util.List<String> fields() {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("status", "note", "deleted", "tag", "name"));
        for (IndicatorField f : IndicatorField.values()) {
            if (!all.contains(f.column())) {
                all.add(f.column());
            }
        }
        for (OverrideField f : OverrideField.values()) {
            if (!all.contains(f.column())) {
                all.add(f.column());
            }
        }
        return all;
    }
}
