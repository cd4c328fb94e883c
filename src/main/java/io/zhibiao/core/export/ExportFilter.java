package io.zhibiao.core.export;

import io.zhibiao.core.store.ReviewStatus;

import java.util.Set;

/**
 * Narrows an export; an empty set means no restriction.
 *
 * @param regions  region names or codes; a document matches when its region, prefecture or province
 *                 matches (湖北 or 湖北省 matches every document of Hubei, 咸宁 every one of Xianning)
 * @param years    report years: the year of the document (with the analyst's correction), not of the
 *                 figure, so the 2024 work report comes with the 2023 results it reports; a document
 *                 without a year is left out when years are given
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
