package io.zhibiao.core.export;

import io.zhibiao.core.store.ReviewStatus;

import java.util.Set;

/**
 * Narrows an export; an empty set means no restriction.
 *
 * @param regions  region names or codes; a document matches when its region, prefecture or province
 *                 matches (湖北 or 湖北省 matches every document of Hubei, 咸宁 every one of Xianning)
 * @param years    the indicator's own year (a 2023 actual from the 2024 report counts as 2023); an
 *                 indicator without a year falls back to its document's report year
 * @param statuses review statuses to keep
 * @param tags     tag names; an indicator is kept when it carries any of them
 */
public record ExportFilter(Set<String> regions, Set<Integer> years, Set<ReviewStatus> statuses, Set<String> tags) {
    public static final ExportFilter NONE = new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of());

    public ExportFilter {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        years = years == null ? Set.of() : Set.copyOf(years);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    public boolean isEmpty() {
        return regions.isEmpty() && years.isEmpty() && statuses.isEmpty() && tags.isEmpty();
    }
}
