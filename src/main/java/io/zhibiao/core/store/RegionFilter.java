package io.zhibiao.core.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Ids of the documents whose effective region is one of a list, written so that indexes serve it: the
 * documents detected in the regions (document_region_year_idx) and those overridden to them
 * (document_region_override_idx), narrowed to the effective region. COALESCE(override, detected) IN (...)
 * alone reads every document row; "override IS NULL" inside the sub-select makes H2 pick the override
 * index and read every row too. Documents in the trash are left out.
 */
final class RegionFilter {
    private RegionFilter() {
    }

    /** The sub-select for {@code count} region codes; bind with {@link #bind}. */
    static String documentIds(int count) {
        String in = IndicatorRows.placeholders(count);
        return "SELECT r.id FROM (SELECT id, region_code, region_code_override FROM document WHERE region_code IN ("
                + in + ") AND deleted_at IS NULL UNION SELECT id, region_code, region_code_override FROM document "
                + "WHERE region_code_override IN (" + in + ") AND deleted_at IS NULL) r "
                + "WHERE COALESCE(r.region_code_override, r.region_code) IN (" + in + ")";
    }

    /** Binds the region codes for the three lists; returns the next parameter index. */
    static int bind(PreparedStatement ps, int first, Collection<String> regionCodes) throws SQLException {
        int i = first;
        for (int list = 0; list < 3; list++) {
            for (String code : regionCodes) {
                ps.setString(i++, code);
            }
        }
        return i;
    }
}
