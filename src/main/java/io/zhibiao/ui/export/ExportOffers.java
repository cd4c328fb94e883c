package io.zhibiao.ui.export;

import io.zhibiao.core.importer.SampleCorpus;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.review.DocumentLabel;
import io.zhibiao.core.store.DocumentSummary;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Builds what the export dialog offers from the documents the workbench already holds in memory. */
public final class ExportOffers {
    private ExportOffers() {
    }

    public static ExportOffer of(List<DocumentSummary> documents, Map<String, Region> gazetteer, Path storeLocation,
                                 ExportOptions last) {
        List<Integer> years = documents.stream().map(DocumentSummary::effectiveYear).filter(Objects::nonNull)
                .distinct().sorted().toList();
        // by code, so a province comes before its prefectures and counties; the value is a name the export
        // matches against a document's region, prefecture and province
        Map<String, String[]> byCode = new TreeMap<>();
        for (DocumentSummary d : documents) {
            Region r = d.effectiveRegionCode() == null ? null : gazetteer.get(d.effectiveRegionCode());
            if (r == null) {
                continue;
            }
            if (r.provinceCode() != null && r.provinceName() != null) {
                byCode.putIfAbsent(r.provinceCode(), new String[]{r.provinceName(), r.provinceName()});
            }
            if (r.prefectureCode() != null && r.prefectureName() != null) {
                byCode.putIfAbsent(r.prefectureCode(), new String[]{r.prefectureName(),
                        r.provinceName() == null || r.provinceName().equals(r.prefectureName()) ? r.prefectureName()
                                : r.provinceName() + " " + r.prefectureName()});
            }
            byCode.putIfAbsent(r.code(), new String[]{r.name(), r.qualifiedName()});
        }
        Map<String, String> regions = new LinkedHashMap<>();
        byCode.values().forEach(v -> regions.putIfAbsent(v[0], v[1]));
        Map<Long, String> labels = new LinkedHashMap<>();
        Set<Long> samples = new HashSet<>();
        documents.stream().sorted(Comparator.comparing(DocumentLabel::of)).forEach(d -> {
            labels.put(d.id(), DocumentLabel.of(d));
            if (SampleCorpus.isSample(d.sourcePath(), storeLocation)) {
                samples.add(d.id());
            }
        });
        return new ExportOffer(years, regions, labels, samples, last);
    }
}
