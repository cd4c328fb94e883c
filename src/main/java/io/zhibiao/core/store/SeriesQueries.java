package io.zhibiao.core.store;

import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.ValueKind;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An indicator's values over the years, for charts. Reads the indicator table through its
 * (code, period_year, kind) index and never touches the texts.
 */
public final class SeriesQueries {
    /**
     * One stated value. {@code regionCode} is the effective region of the document that states it;
     * {@code year} is the year the value is about (a 2023 report states the 2022 actual and the 2023 target).
     */
    public record SeriesPoint(String regionCode, int year, ValueKind kind, double value, boolean stretch,
                              long indicatorId, long documentId) {
    }

    private static final String SELECT = "SELECT COALESCE(d.region_code_override, d.region_code) AS eff_region, "
            + "i.period_year, i.kind, i.stated_value, i.stretch, i.id, i.document_id "
            + "FROM indicator i JOIN document d ON d.id = i.document_id "
            + "WHERE i.code = ? AND i.measure = ? AND i.deleted = FALSE AND i.status <> 'rejected' "
            + "AND i.period_year IS NOT NULL AND i.stated_value IS NOT NULL AND i.kind IS NOT NULL "
            + "AND COALESCE(d.region_code_override, d.region_code) IN (";

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
        String sql = SELECT + IndicatorRows.placeholders(regions.size())
                + ") ORDER BY eff_region, i.period_year, i.kind, i.id"; // actual before target in a year
        return store.jdbc().call("read the series of " + code, c -> {
            List<SeriesPoint> points = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, code);
                ps.setString(i++, measure.id());
                for (String r : regions) {
                    ps.setString(i++, r);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        points.add(new SeriesPoint(rs.getString("eff_region"), rs.getInt("period_year"),
                                ValueKind.fromId(rs.getString("kind")), rs.getDouble("stated_value"),
                                rs.getBoolean("stretch"), rs.getLong("id"), rs.getLong("document_id")));
                    }
                }
            }
            return points;
        });
    }
}
