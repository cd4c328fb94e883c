package io.zhibiao.core.corpusview;

import io.zhibiao.core.store.DocumentSummary;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a pane's selectors offer: the regions that have documents, the years of a region, the
 * documents of a region and year. Pure functions over the document list the corpus tree already holds.
 */
public final class PaneChoices {
    private PaneChoices() {
    }

    /** Region codes that have at least one document, in division-code order; null (undetected) last. */
    public static List<String> regions(List<DocumentSummary> docs) {
        return docs.stream().map(DocumentSummary::effectiveRegionCode).distinct()
                .sorted(Comparator.nullsLast(Comparator.naturalOrder())).toList();
    }

    /** The report years of a region, newest first. */
    public static List<Integer> years(List<DocumentSummary> docs, String regionCode) {
        return docs.stream().filter(d -> Objects.equals(d.effectiveRegionCode(), regionCode))
                .map(DocumentSummary::effectiveYear).filter(Objects::nonNull).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** The documents of a region and year, work reports first, then by import time. */
    public static List<DocumentSummary> documents(List<DocumentSummary> docs, String regionCode, Integer year) {
        return docs.stream().filter(d -> Objects.equals(d.effectiveRegionCode(), regionCode)
                        && Objects.equals(d.effectiveYear(), year))
                .sorted(Comparator.comparing((DocumentSummary d) -> d.effectiveKind() == null ? 9 : d.effectiveKind().ordinal())
                        .thenComparing(DocumentSummary::importedAt))
                .toList();
    }
}
