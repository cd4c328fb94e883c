package io.zhibiao.core.catalog;

import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.extract.catalog.CatalogCsv;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.CatalogRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans taking in another store's layer (from a work file) over this store's catalog: see
 * {@link StoreCatalog#plan}. Nothing is written; the plan is checked as a whole.
 */
final class LayerPlan {
    private LayerPlan() {
    }

    static LayerMerge of(MergedCatalog current, List<CatalogRow> bundled, List<CatalogRow> theirs, boolean takeTheirs) {
        Map<String, CatalogRow> layer = new LinkedHashMap<>();
        for (CatalogRow u : current.userRows()) {
            layer.put(u.entry().code(), u);
        }
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<LayerMerge.Conflict> conflicts = new ArrayList<>();
        for (CatalogRow t : theirs) {
            CatalogEntry e = t.entry();
            String code = e.code();
            CatalogRow mine = layer.get(code);
            CatalogEntry m = mine != null ? mine.entry() : new CatalogEntry(code, "", "", List.of(), "", Set.of(), Set.of());
            CatalogEntry inForce = current.active().byCode(code).orElse(null);
            Set<String> phrases = new HashSet<>();
            if (inForce != null) {
                phrases.add(PhraseTrie.fold(inForce.nameZh()));
                inForce.aliases().forEach(a -> phrases.add(PhraseTrie.fold(a)));
            }
            List<String> aliases = new ArrayList<>(m.aliases());
            for (String a : e.aliases()) {
                CatalogEntry owner = current.active().lookup(a).orElse(null);
                if (owner != null && !owner.code().equals(code)) {
                    conflicts.add(new LayerMerge.Conflict("alias " + a + " of " + code, owner.code(), code, false));
                } else if (phrases.add(PhraseTrie.fold(a))) {
                    aliases.add(a);
                }
            }
            CatalogEntry merged = new CatalogEntry(code,
                    field("name_zh of " + code, m.nameZh(), e.nameZh(), takeTheirs, conflicts),
                    field("name_en of " + code, m.nameEn(), e.nameEn(), takeTheirs, conflicts),
                    List.copyOf(aliases),
                    field("category of " + code, m.category(), e.category(), takeTheirs, conflicts),
                    pick("measures of " + code, m.measures(), e.measures(), takeTheirs, conflicts),
                    pick("units of " + code, m.typicalUnits(), e.typicalUnits(), takeTheirs, conflicts));
            boolean retired = (mine != null && mine.retired()) || t.retired();
            CatalogRow row = new CatalogRow(merged, t.place(), retired);
            if (mine == null || !mine.entry().equals(merged) || mine.retired() != retired) {
                layer.put(code, row);
                (current.origin(code) == null ? added : changed).add(code);
            }
        }
        List<CatalogRow> rows = new ArrayList<>(layer.values());
        for (CatalogRow r : rows) {
            CatalogCsv.check(r.entry(), r.place(), true);
        }
        MergedCatalog.of(bundled, rows);
        return new LayerMerge(rows, added, changed, conflicts);
    }

    private static String field(String subject, String mine, String theirs, boolean takeTheirs,
                                List<LayerMerge.Conflict> conflicts) {
        if (theirs.isEmpty() || theirs.equals(mine)) {
            return mine;
        }
        if (mine.isEmpty()) {
            return theirs;
        }
        conflicts.add(new LayerMerge.Conflict(subject, mine, theirs, takeTheirs));
        return takeTheirs ? theirs : mine;
    }

    private static <T> Set<T> pick(String subject, Set<T> mine, Set<T> theirs, boolean takeTheirs,
                                   List<LayerMerge.Conflict> conflicts) {
        if (theirs.isEmpty() || theirs.equals(mine)) {
            return mine;
        }
        if (mine.isEmpty()) {
            return theirs;
        }
        conflicts.add(new LayerMerge.Conflict(subject, String.valueOf(mine), String.valueOf(theirs), takeTheirs));
        return takeTheirs ? theirs : mine;
    }

}
