package io.zhibiao.core.export;

import io.zhibiao.core.store.ReviewStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * Narrows an export; an empty set means no restriction. The workbench's export dialog and the command
 * line's options both build one.
 *
 * @param regions           region names or codes; a document matches when its region, prefecture or
 *                          province matches (湖北 or 湖北省 matches every document of Hubei, 咸宁 every one of
 *                          Xianning)
 * @param years             report years: the year of the document (with the analyst's correction), not of
 *                          the figure, so the 2024 work report comes with the 2023 results it reports; a
 *                          document without a year is left out when years are given
 * @param statuses          review statuses to keep
 * @param tags              tag names; an indicator is kept when it carries any of them
 * @param catalogOnly       only indicators of the catalog (those with a catalog code)
 * @param excludedDocuments documents left out (the sample reports, say), whatever else chose them
 */
public record ExportFilter(Set<String> regions, Set<Integer> years, Set<ReviewStatus> statuses, Set<String> tags,
                           boolean catalogOnly, Set<Long> excludedDocuments) {
    public static final ExportFilter NONE = new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of());
    /** "Verified only": the rows an analyst confirmed, as they are or corrected. */
    public static final Set<ReviewStatus> VERIFIED_ONLY = Set.copyOf(EnumSet.of(ReviewStatus.VERIFIED,
            ReviewStatus.CORRECTED));

    public ExportFilter {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        years = years == null ? Set.of() : Set.copyOf(years);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        excludedDocuments = excludedDocuments == null ? Set.of() : Set.copyOf(excludedDocuments);
    }

    public ExportFilter(Set<String> regions, Set<Integer> years, Set<ReviewStatus> statuses, Set<String> tags) {
        this(regions, years, statuses, tags, false, Set.of());
    }

    public ExportFilter withCatalogOnly(boolean only) {
        return new ExportFilter(regions, years, statuses, tags, only, excludedDocuments);
    }

    public ExportFilter withExcludedDocuments(Set<Long> ids) {
        return new ExportFilter(regions, years, statuses, tags, catalogOnly, ids);
    }

    /** Whether only verified and corrected rows pass (and every one of them does). */
    public boolean verifiedOnly() {
        return statuses.equals(VERIFIED_ONLY);
    }

    public boolean isEmpty() {
        return regions.isEmpty() && years.isEmpty() && statuses.isEmpty() && tags.isEmpty() && !catalogOnly
                && excludedDocuments.isEmpty();
    }
}
