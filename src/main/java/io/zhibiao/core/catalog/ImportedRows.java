package io.zhibiao.core.catalog;

import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.CatalogException;
import io.zhibiao.core.extract.catalog.CatalogRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows of a catalog file taken into the user's layer ({@link StoreCatalog#importRows}): what each row adds to
 * the bundled catalog and the layer, and what the import changed. Only rows in, rows out; the store's catalog
 * checks and writes the result.
 */
final class ImportedRows {
    private ImportedRows() {
    }

    /**
     * The user's layer with {@code imported} taken in: a new code is added, a known one takes the row's names,
     * category, measures and units (as far as they differ from the bundled row) and any alias it lacks (no alias
     * is taken away), and a retired one comes back; codes the rows do not name stay as they are.
     */
    static List<CatalogRow> takenIn(List<CatalogRow> bundled, List<CatalogRow> userRows, List<CatalogRow> imported) {
        Map<String, CatalogRow> base = new LinkedHashMap<>();
        for (CatalogRow b : bundled) {
            base.put(b.entry().code(), b);
        }
        Map<String, CatalogRow> layer = new LinkedHashMap<>();
        for (CatalogRow u : userRows) {
            layer.put(u.entry().code(), u);
        }
        Set<String> seen = new HashSet<>();
        for (CatalogRow r : imported) {
            String code = r.entry().code();
            if (!seen.add(code)) {
                throw new CatalogException("The indicator code " + code + " is given twice in the import: " + r.place());
            }
            CatalogRow b = base.get(code);
            CatalogRow u = b == null ? r : new CatalogRow(difference(b.entry(), r.entry()), r.place(), false);
            CatalogRow had = layer.get(code);
            if (had != null) {
                // an alias the analyst gave stays: an import adds aliases, it never takes one away
                Set<String> aliases = new LinkedHashSet<>(had.entry().aliases());
                aliases.addAll(u.entry().aliases());
                aliases.remove(u.entry().nameZh());
                u = new CatalogRow(with(u.entry(), new ArrayList<>(aliases)), u.place(), false);
            }
            if (b != null && isEmpty(u.entry())) {
                layer.remove(code);
            } else {
                layer.put(code, u);
            }
        }
        return new ArrayList<>(layer.values());
    }

    /** Which imported codes were added, changed or left as they were, comparing the catalogs before and after. */
    static CatalogImport summary(List<CatalogRow> imported, MergedCatalog before, MergedCatalog after) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (CatalogRow r : imported) {
            String code = r.entry().code();
            CatalogOrigin was = before.origin(code);
            if (was == null) {
                added.add(code);
            } else if (was == CatalogOrigin.RETIRED
                    || !before.active().byCode(code).equals(after.active().byCode(code))) {
                changed.add(code);
            } else {
                unchanged.add(code);
            }
        }
        return new CatalogImport(List.copyOf(added), List.copyOf(changed), List.copyOf(unchanged));
    }

    /** The fields of {@code wanted} that differ from the bundled entry, and the aliases it lacks. */
    private static CatalogEntry difference(CatalogEntry bundled, CatalogEntry wanted) {
        Set<String> known = new HashSet<>();
        known.add(PhraseTrie.fold(bundled.nameZh()));
        bundled.aliases().forEach(a -> known.add(PhraseTrie.fold(a)));
        Set<String> extra = new LinkedHashSet<>();
        for (String a : wanted.aliases()) {
            if (!known.contains(PhraseTrie.fold(a)) && !a.equals(wanted.nameZh())) {
                extra.add(a);
            }
        }
        return new CatalogEntry(bundled.code(), differs(bundled.nameZh(), wanted.nameZh()),
                differs(bundled.nameEn(), wanted.nameEn()), List.copyOf(extra),
                differs(bundled.category(), wanted.category()),
                wanted.measures().equals(bundled.measures()) ? Set.of() : wanted.measures(),
                List.copyOf(wanted.typicalUnits()).equals(List.copyOf(bundled.typicalUnits())) ? Set.of() : wanted.typicalUnits());
    }

    private static String differs(String bundled, String wanted) {
        return wanted.isEmpty() || wanted.equals(bundled) ? "" : wanted;
    }

    /** Whether the entry sets nothing of its own (a layer row that only repeats the bundled one). */
    static boolean isEmpty(CatalogEntry e) {
        return e.nameZh().isEmpty() && e.nameEn().isEmpty() && e.aliases().isEmpty() && e.category().isEmpty()
                && e.measures().isEmpty() && e.typicalUnits().isEmpty();
    }

    /** The entry with {@code aliases} instead of its own. */
    static CatalogEntry with(CatalogEntry e, List<String> aliases) {
        return new CatalogEntry(e.code(), e.nameZh(), e.nameEn(), List.copyOf(aliases), e.category(), e.measures(),
                e.typicalUnits());
    }
}
