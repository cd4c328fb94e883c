package io.zhibiao.core.catalog;

import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.extract.catalog.CatalogCsv;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.CatalogException;
import io.zhibiao.core.extract.catalog.CatalogPlace;
import io.zhibiao.core.extract.catalog.CatalogRow;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.store.ContentHash;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundled catalog with the user's layer over it: the catalog the engine matches ({@link #active()}),
 * the retired indicators and where each indicator comes from. Building it checks the result as a whole,
 * so a user's alias that another indicator already has is refused naming both files and lines.
 *
 * <p>A user row for a bundled code overrides each field it fills (a new Chinese name keeps the bundled one
 * as an alias, so text written the old way still matches) and adds its aliases; a row for a new code adds
 * an indicator and needs a Chinese name; {@code retired} takes an indicator out of matching.
 */
public final class MergedCatalog {
    private final IndicatorCatalog active;
    private final List<CatalogEntry> retired;
    private final Map<String, CatalogOrigin> origins;
    private final List<CatalogRow> bundled;
    private final List<CatalogRow> user;
    private String fingerprint;

    private MergedCatalog(IndicatorCatalog active, List<CatalogEntry> retired, Map<String, CatalogOrigin> origins,
                          List<CatalogRow> bundled, List<CatalogRow> user) {
        this.active = active;
        this.retired = retired;
        this.origins = origins;
        this.bundled = bundled;
        this.user = user;
    }

    public static MergedCatalog of(List<CatalogRow> bundled, List<CatalogRow> user) {
        Map<String, CatalogRow> base = new LinkedHashMap<>();
        for (CatalogRow r : bundled) {
            base.put(r.entry().code(), r);
        }
        Map<String, CatalogRow> layer = new LinkedHashMap<>();
        for (CatalogRow r : user) {
            CatalogRow before = layer.putIfAbsent(r.entry().code(), r);
            if (before != null) {
                throw new CatalogException("The indicator code " + r.entry().code() + " is given twice: "
                        + before.place() + " and " + r.place());
            }
        }
        Map<String, Map<String, CatalogPlace>> places = new HashMap<>();
        Map<String, CatalogOrigin> origins = new LinkedHashMap<>();
        List<CatalogEntry> active = new ArrayList<>();
        List<CatalogEntry> retired = new ArrayList<>();
        for (CatalogRow b : bundled) {
            CatalogRow u = layer.get(b.entry().code());
            CatalogEntry e = u == null ? b.entry() : overlay(b.entry(), u.entry());
            placePhrases(places, b.entry(), b.place());
            if (u != null) {
                placePhrases(places, u.entry(), u.place());
            }
            boolean isRetired = u != null && u.retired();
            origins.put(e.code(), isRetired ? CatalogOrigin.RETIRED
                    : u == null || e.equals(b.entry()) ? CatalogOrigin.BUNDLED : CatalogOrigin.CHANGED);
            (isRetired ? retired : active).add(e);
        }
        for (CatalogRow u : user) {
            if (base.containsKey(u.entry().code())) {
                continue;
            }
            if (IndicatorCatalog.isNotAnIndicator(u.entry())) {
                // phrases only: matched (and checked against every alias) but no indicator of its own
                placePhrases(places, u.entry(), u.place());
                active.add(u.entry());
                continue;
            }
            CatalogEntry e = whole(u);
            placePhrases(places, e, u.place());
            origins.put(e.code(), u.retired() ? CatalogOrigin.RETIRED : CatalogOrigin.ADDED);
            (u.retired() ? retired : active).add(e);
        }
        IndicatorCatalog catalog = IndicatorCatalog.of(active, (code, phrase) -> {
            Map<String, CatalogPlace> of = places.getOrDefault(code, Map.of());
            CatalogPlace p = phrase == null ? null : of.get(PhraseTrie.fold(phrase));
            return p != null ? p : of.getOrDefault("", new CatalogPlace("catalog", 0));
        });
        return new MergedCatalog(catalog, List.copyOf(retired), Collections.unmodifiableMap(origins),
                List.copyOf(bundled), List.copyOf(user));
    }

    /** The catalog the engine matches: every indicator not retired. */
    public IndicatorCatalog active() {
        return active;
    }

    public List<CatalogEntry> retired() {
        return retired;
    }

    public CatalogOrigin origin(String code) {
        return origins.get(code);
    }

    /** The user's layer this catalog was built with, in its file's order. */
    public List<CatalogRow> userRows() {
        return user;
    }

    public List<CatalogRow> bundledRows() {
        return bundled;
    }

    /** Every indicator, retired ones included, as the merge made it. */
    public List<CatalogEntry> all() {
        List<CatalogEntry> out = new ArrayList<>(active.entries());
        out.addAll(retired);
        return out;
    }

    /**
     * A short digest of what the engine matches (the active entries in the catalog's columns): two catalogs
     * with the same digest extract alike.
     */
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            StringWriter out = new StringWriter();
            try {
                CatalogCsv.writeWhole(active.entries(), out);
                out.write(String.join("|", active.notIndicatorPhrases()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fingerprint = ContentHash.of(out.toString()).substring(0, 12);
        }
        return fingerprint;
    }

    private static CatalogEntry overlay(CatalogEntry base, CatalogEntry over) {
        String nameZh = over.nameZh().isEmpty() ? base.nameZh() : over.nameZh();
        Set<String> aliases = new LinkedHashSet<>(base.aliases());
        if (!nameZh.equals(base.nameZh())) {
            aliases.add(base.nameZh());
        }
        aliases.addAll(over.aliases());
        aliases.remove(nameZh);
        return new CatalogEntry(base.code(), nameZh, over.nameEn().isEmpty() ? base.nameEn() : over.nameEn(),
                List.copyOf(aliases), over.category().isEmpty() ? base.category() : over.category(),
                over.measures().isEmpty() ? base.measures() : over.measures(),
                over.typicalUnits().isEmpty() ? base.typicalUnits() : over.typicalUnits());
    }

    private static CatalogEntry whole(CatalogRow u) {
        CatalogEntry e = u.entry();
        if (e.nameZh().isEmpty()) {
            throw new CatalogException(u.place() + ": " + e.code()
                    + " is not in the bundled catalog, so it needs a Chinese name (name_zh)");
        }
        Set<Measure> measures = e.measures().isEmpty() ? Collections.unmodifiableSet(EnumSet.of(Measure.LEVEL))
                : e.measures();
        return new CatalogEntry(e.code(), e.nameZh(), e.nameEn(), e.aliases(), e.category(), measures, e.typicalUnits());
    }

    private static void placePhrases(Map<String, Map<String, CatalogPlace>> places, CatalogEntry e, CatalogPlace at) {
        Map<String, CatalogPlace> of = places.computeIfAbsent(e.code(), k -> new HashMap<>());
        of.putIfAbsent("", at);
        if (!e.nameZh().isEmpty()) {
            of.put(PhraseTrie.fold(e.nameZh()), at);
        }
        for (String a : e.aliases()) {
            of.put(PhraseTrie.fold(a), at);
        }
    }
}
