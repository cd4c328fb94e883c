package io.zhibiao.core.compare;

import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Scope;
import io.zhibiao.core.model.ValueKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The compare view's table: one row per catalog indicator × measure × kind × what the figure refers to (the
 * region's own figure of a year, or a period's average, a part's…), one column per open pane (a region-year),
 * so that the same indicator lines up across regions and years and a five-year average never sits beside a
 * year's growth. Rejected values are left out by the caller; uncatalogued quantities have no common key and
 * are not aligned.
 */
public final class AlignedTable {
    /** One pane's values under its label (e.g. 咸宁市 2023). */
    public record Column(String label, List<IndicatorValue> values) {
    }

    public record Key(String code, Measure measure, ValueKind kind, Basis basis, Scope scope) {
        /** True for the row of the region's own figures of one year, the row a comparison is mostly about. */
        public boolean regionYear() {
            return basis == Basis.ANNUAL && scope == Scope.REGION;
        }
    }

    /**
     * @param cells   per column, the values as shown ("8", "8 / 力争9", "≥16"), empty when the report has none
     * @param differs true when at least two columns state different values
     */
    public record Row(Key key, String name, List<String> cells, boolean differs) {
    }

    private AlignedTable() {
    }

    public static List<Row> build(List<Column> columns, IndicatorCatalog catalog) {
        Map<Key, List<List<IndicatorValue>>> grid = new TreeMap<>(Comparator
                .comparing((Key k) -> catalogOrder(catalog, k.code()))
                // codes outside the catalog share one position: without this they would fall into one row
                .thenComparing(Key::code)
                .thenComparing(k -> k.measure().ordinal())
                .thenComparing(k -> k.kind().ordinal())
                .thenComparing(k -> k.basis().ordinal())
                .thenComparing(k -> k.scope().ordinal()));
        for (int c = 0; c < columns.size(); c++) {
            for (IndicatorValue v : columns.get(c).values()) {
                if (v.code() == null || v.measure() == null || v.kind() == null) {
                    continue;
                }
                List<List<IndicatorValue>> row = grid.computeIfAbsent(
                        new Key(v.code(), v.measure(), v.kind(), v.basis(), v.scope()),
                        k -> emptyRow(columns.size()));
                row.get(c).add(v);
            }
        }
        List<Row> rows = new ArrayList<>();
        grid.forEach((key, cellsValues) -> {
            List<String> cells = new ArrayList<>();
            Map<String, Boolean> distinct = new LinkedHashMap<>();
            for (List<IndicatorValue> vs : cellsValues) {
                String cell = cell(vs);
                cells.add(cell);
                if (!cell.isEmpty()) {
                    distinct.put(cell, true);
                }
            }
            String name = catalog.byCode(key.code()).map(CatalogEntry::nameZh).orElse(key.code());
            rows.add(new Row(key, name, cells, distinct.size() > 1));
        });
        return rows;
    }

    private static int catalogOrder(IndicatorCatalog catalog, String code) {
        int position = catalog.position(code);
        return position < 0 ? Integer.MAX_VALUE : position;
    }

    private static List<List<IndicatorValue>> emptyRow(int n) {
        List<List<IndicatorValue>> row = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            row.add(new ArrayList<>());
        }
        return row;
    }

    /** The main value first, then a stretch target after a slash: "8 / 力争9". */
    static String cell(List<IndicatorValue> values) {
        List<String> parts = new ArrayList<>();
        values.stream().sorted(Comparator.comparing(IndicatorValue::stretch)).forEach(v -> {
            String text = ValueFormat.of(v);
            if (!text.isEmpty() && !parts.contains((v.stretch() ? "力争" : "") + text)) {
                parts.add((v.stretch() ? "力争" : "") + text);
            }
        });
        return String.join(" / ", parts);
    }

    /** How a value reads in a table: qualifier symbol, number, unit when not %. */
    public static final class ValueFormat {
        private ValueFormat() {
        }

        public static String of(IndicatorValue v) {
            if (v.qualitative() || v.value() == null) {
                return v.qualitative() ? "(定性)" : "";
            }
            String number = v.low() != null && v.high() != null && !Objects.equals(v.low(), v.high())
                    ? plain(v.low()) + "–" + plain(v.high()) : plain(v.value());
            String prefix = switch (v.qualifier() == null ? io.zhibiao.core.model.Qualifier.EQ : v.qualifier()) {
                case GE -> "≥";
                case LE -> "≤";
                case APPROX -> "≈";
                default -> "";
            };
            String unit = v.unit() == null ? "" : v.unit();
            return prefix + number + unit;
        }

        public static String plain(double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
    }
}
