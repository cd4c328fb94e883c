package io.zhibiao.core.export;

import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.extract.scan.UnitNormalizer;
import io.zhibiao.core.model.Measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Panel's rows: the headline indicators a briefing quotes, each as growth (or rate) and as a level.
 * A level is shown in the first of the catalog's typical units that it converts to (GDP in 亿元, income in
 * 元), so the regions of one block compare; a level in a unit of another kind (亿美元 of trade when the
 * block is in 亿元) gets a block of its own, and one the catalog does not expect stays out of the Panel
 * (it is in the Indicators sheet).
 */
final class PanelHeadlines {
    static final List<String> CODES = List.of("GDP", "IND_VA", "FAI", "RETAIL", "FISCAL_REV", "TRADE", "INCOME",
            "INCOME_URBAN", "INCOME_RURAL", "CPI", "UNEMP_RATE", "UNEMP_SURVEYED");
    private static final String PERCENT = "%";

    /** One block of rows: an indicator in one measure and unit. */
    record Block(String code, Measure measure, String unit) {
        boolean level() {
            return measure == Measure.LEVEL;
        }
    }

    /** A unit a level is shown in: its name, what one of it is in the base unit, and that base unit. */
    private record ShownUnit(String name, double multiplier, String base) {
    }

    private final Map<String, List<ShownUnit>> levelUnits = new HashMap<>();
    private final Comparator<Block> order;

    PanelHeadlines(IndicatorCatalog catalog) {
        this(catalog, CODES);
    }

    /** Every indicator of the catalog, in its order: the tidy CSV's figures. */
    static PanelHeadlines all(IndicatorCatalog catalog) {
        return new PanelHeadlines(catalog, catalog.entries().stream().map(CatalogEntry::code).toList());
    }

    private PanelHeadlines(IndicatorCatalog catalog, List<String> codes) {
        Map<String, Integer> rank = new HashMap<>();
        for (String code : codes) {
            List<ShownUnit> units = new ArrayList<>();
            CatalogEntry e = catalog.byCode(code).orElse(null);
            if (e != null) {
                for (String u : e.typicalUnits()) {
                    UnitNormalizer.Reading r = UnitNormalizer.read(u, 0, u.length());
                    if (r != null && r.end() == u.length()) {
                        units.add(new ShownUnit(u, r.multiplier(), r.baseUnit()));
                    }
                }
            }
            levelUnits.put(code, units);
            rank.put(code, rank.size());
        }
        order = Comparator.comparing((Block b) -> rank.get(b.code()))
                .thenComparing(b -> b.measure() == Measure.LEVEL ? 1 : b.measure() == Measure.GROWTH ? 0 : 2)
                .thenComparing(b -> unitRank(b));
    }

    Comparator<Block> order() {
        return order;
    }

    /** The block a region's own figure of a year belongs to, or null when the Panel does not show it. */
    Block blockOf(Observation o) {
        List<ShownUnit> units = levelUnits.get(o.code());
        if (units == null || !o.hasNumber() || o.measure() == null) {
            return null;
        }
        if (o.measure() != Measure.LEVEL) {
            return new Block(o.code(), o.measure(), PERCENT);
        }
        ShownUnit u = shownUnit(o, units);
        return u == null ? null : new Block(o.code(), Measure.LEVEL, u.name());
    }

    /** A stated number (the value or a range bound) in the block's unit. */
    double shown(Observation o, Block block, double stated) {
        if (!block.level()) {
            return stated;
        }
        ShownUnit u = shownUnit(o, levelUnits.get(block.code()));
        if (u == null || o.normalizedValue() == null) {
            return stated; // stated in the block's own unit
        }
        double toBase = o.value() != 0 ? o.normalizedValue() / o.value() : 1.0;
        return stated * toBase / u.multiplier();
    }

    private static ShownUnit shownUnit(Observation o, List<ShownUnit> units) {
        for (ShownUnit u : units) {
            if (o.normalizedValue() != null ? u.base().equals(o.normalizedUnit()) : u.name().equals(o.unit())) {
                return u;
            }
        }
        return null;
    }

    private int unitRank(Block b) {
        List<ShownUnit> units = levelUnits.get(b.code());
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).name().equals(b.unit())) {
                return i;
            }
        }
        return -1;
    }
}
