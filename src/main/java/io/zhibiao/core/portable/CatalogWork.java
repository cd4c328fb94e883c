package io.zhibiao.core.portable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.CatalogPlace;
import io.zhibiao.core.extract.catalog.CatalogRow;
import io.zhibiao.core.model.Measure;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One row of the exporting store's own catalog layer (version 3): fields left empty keep the bundled
 * indicator's, as in {@code catalog.csv}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"code", "nameZh", "nameEn", "aliases", "category", "measures", "units", "retired"})
public record CatalogWork(String code, String nameZh, String nameEn, List<String> aliases, String category,
                          List<String> measures, List<String> units, boolean retired) {
    public CatalogWork {
        Json.require(code != null && !code.isBlank(), "a catalog row has no \"code\"");
        Json.fits(code, 100, "the catalog code");
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
        category = category == null ? "" : category;
        Json.fits(nameZh, 1000, "the Chinese name");
        Json.fits(nameEn, 1000, "the English name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        measures = measures == null ? List.of() : List.copyOf(measures);
        units = units == null ? List.of() : List.copyOf(units);
        for (String m : measures) {
            try {
                Measure.fromId(m);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("the measure \"" + m + "\" of " + code + " is not growth, level or rate");
            }
        }
    }

    static CatalogWork of(CatalogRow row) {
        CatalogEntry e = row.entry();
        return new CatalogWork(e.code(), e.nameZh(), e.nameEn(), e.aliases(), e.category(),
                e.measures().stream().map(Measure::id).toList(), List.copyOf(e.typicalUnits()), row.retired());
    }

    CatalogRow toRow(int index) {
        Set<Measure> ms = EnumSet.noneOf(Measure.class);
        measures.forEach(m -> ms.add(Measure.fromId(m)));
        return new CatalogRow(new CatalogEntry(code.strip(), nameZh.strip(), nameEn.strip(),
                aliases.stream().map(String::strip).toList(), category.strip(), Collections.unmodifiableSet(ms),
                Collections.unmodifiableSet(new LinkedHashSet<>(units))),
                new CatalogPlace("the work file's catalog, row " + (index + 1), 0), retired);
    }
}
