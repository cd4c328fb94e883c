package io.zhibiao.core.store;

import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.ValueKind;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An indicator's values over the years, for charts. Reads the documents of the regions through the
 * region indexes, their indicators through the document index, and never touches the texts.
 */
public final class SeriesQueries {
    /**
     * One stated value. {@code regionCode} is the effective region of the document that states it;
     * {@code year} is the year the value is about (a 2023 report states the 2022 actual and the 2023 target).
     */
    public record SeriesPoint(String regionCode, int year, ValueKind kind, double value, boolean stretch,
                              long indicatorId, long documentId) {
    }

    /**
     * Indicators of the given documents (by the document index). The code is compared in Java on purpose:
     * with "code = ?" in the statement H2 reads the code's rows of the whole corpus instead.
     */
    private static final String INDICATORS = "SELECT i.code, i.measure, i.period_year, i.kind, i.stated_value, "
            + "i.stretch, i.id, i.document_id FROM indicator i "
            + "WHERE i.deleted = FALSE AND i.status <> 'rejected' "
            + "AND i.period_year IS NOT NULL AND i.stated_value IS NOT NULL AND i.kind IS NOT NULL "
            // a chart over the years shows the region's own figure of each year, not a period's or a part's
            + "AND i.basis = 'annual' AND i.scope = 'region' "
            + "AND i.document_id IN (";
    /** The order of points: by region, year, then actual before target in a year (kind ids sort so). */
    private static final Comparator<Object[]> ORDER = Comparator
            .comparing((Object[] p) -> (String) p[0])
            .thenComparingInt(p -> ((SeriesPoint) p[1]).year())
            .thenComparing(p -> (String) p[2])
            .thenComparingLong(p -> ((SeriesPoint) p[1]).indicatorId());
    private static final int CHUNK = 500;

    private final Store store;

    public SeriesQueries(Store store) {
        this.store = store;
    }

    /**
     * Live values (not deleted, not rejected) of indicator {@code code} stated as {@code measure} in the
     * documents of the given regions, by region, year, kind. No regions means no values.
     */
    public List<SeriesPoint> series(String code, Measure measure, Collection<String> regionCodes) {
        if (code == null || code.isBlank() || measure == null || regionCodes == null) {
            throw new IllegalArgumentException("A series needs an indicator code, a measure and regions; got code "
                    + code + ", measure " + measure + ", regions " + regionCodes);
        }
        Set<String> regions = new LinkedHashSet<>(regionCodes);
        regions.remove(null);
        if (regions.isEmpty()) {
            return List.of();
        }
        // the documents of the regions first (region indexes), then their indicators (document index):
        // reads the regions' rows only, where the code index read the code's rows of every region
        Map<Long, String> documents = regionDocuments(regions);
        List<Long> ids = new ArrayList<>(documents.keySet());
        List<Object[]> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            found.addAll(store.jdbc().call("read the series of " + code, c -> {
                List<Object[]> points = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(INDICATORS
                        + IndicatorRows.placeholders(chunk.size()) + ")")) {
                    int i = 1;
                    for (Long id : chunk) {
                        ps.setLong(i++, id);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (code.equals(rs.getString("code")) && measure.id().equals(rs.getString("measure"))) {
                                long documentId = rs.getLong("document_id");
                                String kind = rs.getString("kind");
                                points.add(new Object[]{documents.get(documentId), new SeriesPoint(
                                        documents.get(documentId), rs.getInt("period_year"), ValueKind.fromId(kind),
                                        rs.getDouble("stated_value"), rs.getBoolean("stretch"), rs.getLong("id"),
                                        documentId), kind});
                            }
                        }
                    }
                }
                return points;
            }));
        }
        found.sort(ORDER);
        return found.stream().map(p -> (SeriesPoint) p[1]).toList();
    }

    /** Effective region by document id, for the documents of the given regions. */
    private Map<Long, String> regionDocuments(Set<String> regions) {
        String sql = "SELECT d.id, COALESCE(d.region_code_override, d.region_code) FROM document d WHERE d.id IN ("
                + RegionFilter.documentIds(regions.size()) + ")";
        return store.jdbc().call("find the documents of the regions", c -> {
            Map<Long, String> result = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                RegionFilter.bind(ps, 1, regions);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return result;
        });
    }
}
