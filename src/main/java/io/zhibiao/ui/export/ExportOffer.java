package io.zhibiao.ui.export;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the export dialog offers to choose from, and how it opens.
 *
 * @param reportYears the report years of the store's documents
 * @param regions     region names to export by (the documents' regions, prefectures and provinces), each with
 *                    how the list shows it, in gazetteer order
 * @param documents   the store's documents by id, each with how the list shows it
 * @param samples     which of them are the bundled sample reports
 * @param last        the choices of the last export, or null the first time
 */
public record ExportOffer(List<Integer> reportYears, Map<String, String> regions, Map<Long, String> documents,
                          Set<Long> samples, ExportOptions last) {
    public ExportOffer {
        reportYears = List.copyOf(reportYears);
        regions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regions));
        documents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(documents));
        samples = Set.copyOf(samples);
    }
}
