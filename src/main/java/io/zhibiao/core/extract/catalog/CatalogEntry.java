package io.zhibiao.core.extract.catalog;

import io.zhibiao.core.model.Measure;

import java.util.List;
import java.util.Set;

/**
 * One indicator of the catalog. {@code typicalUnits} lists the units a level value usually comes in;
 * a value in another unit (市场主体23户 where 万 was lost) is kept but gets a lower confidence.
 */
public record CatalogEntry(String code, String nameZh, String nameEn, List<String> aliases, String category,
                           Set<Measure> measures, Set<String> typicalUnits) {

    public boolean onlyRate() {
        return measures.size() == 1 && measures.contains(Measure.RATE);
    }
}
