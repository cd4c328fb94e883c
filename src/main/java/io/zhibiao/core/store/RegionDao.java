package io.zhibiao.core.store;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.RegionLevel;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The gazetteer table. Parent names are joined in, so a read region is complete. */
public final class RegionDao {
    private static final String SELECT = "SELECT r.code, r.name, r.level, r.prefecture_code, p.name AS pref_name, "
            + "r.province_code, v.name AS prov_name FROM region r "
            + "LEFT JOIN region p ON p.code = r.prefecture_code "
            + "LEFT JOIN region v ON v.code = r.province_code ";

    private final Jdbc jdbc;

    RegionDao(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public int count() {
        return jdbc.call("count regions", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM region");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Same as {@link #insertAllIfEmpty(List, Function)} without short names. */
    public int insertAllIfEmpty(List<Region> regions) {
        return insertAllIfEmpty(regions, r -> null);
    }

    /**
     * Fills the table from the gazetteer in one transaction, unless it already holds regions.
     *
     * @param shortName the name used in running text (咸宁 for 咸宁市), or null where there is none
     * @return how many regions were inserted (0 when the table was already filled)
     */
    public int insertAllIfEmpty(List<Region> regions, Function<Region, String> shortName) {
        return jdbc.atomically("store the gazetteer", c -> {
            try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM region FETCH FIRST 1 ROWS ONLY");
                 ResultSet rs = check.executeQuery()) {
                if (rs.next()) {
                    return 0;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO region (code, name, level, "
                    + "prefecture_code, province_code, short_name) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Region r : regions) {
                    ps.setString(1, r.code());
                    ps.setString(2, r.name());
                    ps.setString(3, r.level().id());
                    JdbcValues.setString(ps, 4, r.prefectureCode());
                    JdbcValues.setString(ps, 5, r.provinceCode());
                    JdbcValues.setString(ps, 6, shortName.apply(r));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return regions.size();
        });
    }

    public Optional<Region> findByCode(String code) {
        return jdbc.call("find region " + code, c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE r.code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The short name stored for a region, if the region exists and has one. */
    public Optional<String> shortName(String code) {
        return jdbc.call("find the short name of region " + code, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT short_name FROM region WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public List<Region> findAll() {
        return jdbc.call("list regions", c -> {
            List<Region> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + "ORDER BY r.code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            return result;
        });
    }

    private static Region read(ResultSet rs) throws SQLException {
        return new Region(rs.getString("code"), rs.getString("name"), RegionLevel.fromId(rs.getString("level")),
                rs.getString("prefecture_code"), rs.getString("pref_name"),
                rs.getString("province_code"), rs.getString("prov_name"));
    }
}
