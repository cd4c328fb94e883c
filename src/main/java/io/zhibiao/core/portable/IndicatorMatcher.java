package io.zhibiao.core.portable;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.IndicatorOrigin;
import io.zhibiao.core.store.StoredIndicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the row of this store that an indicator of the file is about, each row at most once:
 * <ol>
 *   <li>a row whose history already holds the indicator's first event (work exchanged before, including
 *       rows another store had to add as analyst indicators);</li>
 *   <li>for engine indicators, the engine row with the same engine value (span, code, number), read
 *       from before any correction on either side;</li>
 *   <li>for analyst indicators without history, an analyst row with the same value.</li>
 * </ol>
 */
final class IndicatorMatcher {
    private final Map<Long, StoredIndicator> rows = new LinkedHashMap<>();
    private final Map<Long, String> engineKeys = new HashMap<>();
    private final Map<String, List<Long>> engineRowsByKey = new HashMap<>();
    private final Map<EventKey, Set<Long>> rowsByEvent = new HashMap<>();
    private final Set<Long> claimed = new HashSet<>();

    IndicatorMatcher(List<StoredIndicator> documentRows, Map<Long, List<AuditEvent>> eventsByRow) {
        for (StoredIndicator row : documentRows) {
            rows.put(row.id(), row);
            List<AuditEvent> history = eventsByRow.getOrDefault(row.id(), List.of());
            history.forEach(e -> rowsByEvent.computeIfAbsent(EventKey.of(e), k -> new LinkedHashSet<>()).add(row.id()));
            if (row.origin() == IndicatorOrigin.ENGINE) {
                String key = EngineOriginal.key(EngineOriginal.of(row, history));
                engineKeys.put(row.id(), key);
                engineRowsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row.id());
            }
        }
    }

    /** The row for the indicator, now claimed; null when this store has none. */
    StoredIndicator match(IndicatorWork work) {
        IndicatorValue value = work.value().toValue();
        String engineKey = EngineOriginal.key(work.engineValue().toValue());
        StoredIndicator found = null;
        if (!work.history().isEmpty()) {
            List<Long> sharing = unclaimed(rowsByEvent.getOrDefault(EventKey.of(work.history().get(0)), Set.of()));
            found = sharing.stream().map(rows::get)
                    .min(Comparator.comparingInt((StoredIndicator r) -> engineKey.equals(engineKeys.get(r.id())) ? 0 : 1)
                            .thenComparingInt(r -> r.value().start() == value.start()
                                    && r.value().end() == value.end() ? 0 : 1))
                    .orElse(null);
        }
        if (found == null && work.originEnum() == IndicatorOrigin.ENGINE) {
            found = unclaimed(engineRowsByKey.getOrDefault(engineKey, List.of())).stream().findFirst()
                    .map(rows::get).orElse(null);
        }
        if (found == null && work.originEnum() == IndicatorOrigin.ANALYST && work.history().isEmpty()) {
            found = rows.values().stream().filter(r -> r.origin() == IndicatorOrigin.ANALYST
                    && !claimed.contains(r.id()) && r.value().equals(value)).findFirst().orElse(null);
        }
        if (found != null) {
            claimed.add(found.id());
        }
        return found;
    }

    /** Marks a row added by the import as taken. */
    void claim(long id) {
        claimed.add(id);
    }

    private List<Long> unclaimed(java.util.Collection<Long> ids) {
        return ids.stream().filter(id -> !claimed.contains(id)).toList();
    }
}
