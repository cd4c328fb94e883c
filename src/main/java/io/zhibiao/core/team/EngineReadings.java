package io.zhibiao.core.team;

import io.zhibiao.core.model.FigureReading;
import io.zhibiao.core.model.SecondReviewRow;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.IndicatorOrigin;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's own reading of each engine row of a document, before any analyst corrected it: what the
 * second reviewer is shown. The row holds the first analyst's corrections; the audit history holds, as the
 * old value of the first change of each field, what the engine had written.
 */
final class EngineReadings {
    private static final List<String> FIELDS = List.of("name", "code", "stated_value", "unit");

    private EngineReadings() {
    }

    /** The engine's name and reading of each live engine row of the document, by indicator id. */
    static Map<Long, SecondReviewRow> of(Store store, long documentId) {
        Map<Long, Map<String, String>> firstOld = new HashMap<>();
        Map<Long, Set<String>> changed = new HashMap<>();
        for (AuditEvent e : store.audit().listByDocument(documentId)) {
            if (!AuditEvent.INDICATOR.equals(e.entityType()) || e.entityId() == null || !FIELDS.contains(e.field())) {
                continue;
            }
            if (changed.computeIfAbsent(e.entityId(), k -> new HashSet<>()).add(e.field())) {
                firstOld.computeIfAbsent(e.entityId(), k -> new HashMap<>()).put(e.field(), e.oldValue());
            }
        }
        Map<Long, SecondReviewRow> shown = new LinkedHashMap<>();
        for (StoredIndicator row : store.indicators().findByDocument(documentId)) {
            if (row.origin() != IndicatorOrigin.ENGINE) {
                continue;
            }
            Map<String, String> old = firstOld.getOrDefault(row.id(), Map.of());
            String name = old.containsKey("name") ? old.get("name") : row.value().name();
            String code = old.containsKey("code") ? old.get("code") : row.value().code();
            String unit = old.containsKey("unit") ? old.get("unit") : row.value().unit();
            Double value = old.containsKey("stated_value") ? number(old.get("stated_value")) : row.value().value();
            shown.put(row.id(), new SecondReviewRow(row.id(), documentId, name, row.value().sentence(),
                    new FigureReading(value, unit, code), null));
        }
        return shown;
    }

    private static Double number(String text) {
        return text == null ? null : Double.valueOf(text);
    }
}
