package io.zhibiao.core.export;

import io.zhibiao.core.detect.RegionDetector;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.Tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The documents an export covers and the filter its indicators pass. Regions, report years and left-out
 * documents choose documents; catalog only, statuses and tags choose indicators. Documents are ordered by region
 * code (a province's prefectures and counties follow it), report year, kind and id.
 */
final class ExportScope {
    private static final Comparator<DocumentSummary> ORDER = Comparator
            .comparing((DocumentSummary d) -> d.effectiveRegionCode() == null ? "~" : d.effectiveRegionCode())
            .thenComparing(d -> d.effectiveYear() == null ? Integer.MAX_VALUE : d.effectiveYear())
            .thenComparing(d -> d.effectiveKind() == null ? "~" : d.effectiveKind().id())
            .thenComparingLong(DocumentSummary::id);

    private static final String ADMIN_SUFFIX_ENDS = "省市县区州盟旗";

    private final List<DocumentSummary> documents;
    private final Map<String, Region> regions;
    private final ExportFilter filter;
    private final boolean wholeStore;

    private ExportScope(List<DocumentSummary> documents, Map<String, Region> regions, ExportFilter filter,
                        boolean wholeStore) {
        this.documents = documents;
        this.regions = regions;
        this.filter = filter;
        this.wholeStore = wholeStore;
    }

    /**
     * @throws ExportException for a document id, region or tag that the store does not know, so a typo
     *                         on the command line is not silently exported as an empty workbook
     */
    static ExportScope resolve(Store store, ExportRequest request) {
        Map<String, Region> regions = new HashMap<>();
        for (Region r : store.regions().findAll()) {
            regions.put(r.code(), r);
        }
        ExportFilter filter = request.filter();
        checkRegionsExist(filter.regions(), regions.values());
        checkTagsExist(store, filter.tags());
        List<DocumentSummary> all = store.documents().listSummaries();
        checkDocumentsExist(filter.excludedDocuments(), all);
        List<DocumentSummary> chosen = new ArrayList<>();
        if (request.documentIds().isEmpty()) {
            chosen.addAll(latestVersions(all));
        } else {
            Set<Long> missing = new TreeSet<>(request.documentIds());
            for (DocumentSummary d : all) {
                if (missing.remove(d.id())) {
                    chosen.add(d);
                }
            }
            if (!missing.isEmpty()) {
                throw new ExportException("No document with id " + missing + " in the store.");
            }
        }
        ExportScope scope = new ExportScope(new ArrayList<>(), regions, filter, request.documentIds().isEmpty()
                && filter.regions().isEmpty() && filter.years().isEmpty());
        for (DocumentSummary d : chosen) {
            if (!filter.excludedDocuments().contains(d.id())
                    && (filter.regions().isEmpty() || scope.regionMatches(scope.regionOf(d)))
                    && (filter.years().isEmpty() || filter.years().contains(d.effectiveYear()))) {
                scope.documents.add(d);
            }
        }
        scope.documents.sort(ORDER);
        return scope;
    }

    private static List<DocumentSummary> latestVersions(List<DocumentSummary> all) {
        Set<Long> superseded = new HashSet<>();
        all.forEach(d -> {
            if (d.previousVersionId() != null) {
                superseded.add(d.previousVersionId());
            }
        });
        return all.stream().filter(d -> !superseded.contains(d.id())).toList();
    }

    /**
     * The latest work reports of the store that have no region because they are the nation's (我代表国务院),
     * in scope or not: the Target table's national benchmark.
     */
    static Set<Long> nationalReports(Store store) {
        Set<Long> ids = new HashSet<>();
        for (DocumentSummary d : latestVersions(store.documents().listSummaries())) {
            if (d.effectiveRegionCode() == null && d.effectiveKind() == DocumentKind.WORK_REPORT
                    && store.documents().loadText(d.id())
                    .map(t -> RegionDetector.isNationalReport(t.originalText())).orElse(false)) {
                ids.add(d.id());
            }
        }
        return ids;
    }

    /**
     * The latest reports of these regions and these national reports that this scope leaves out, under the
     * same status, tag and catalog filter and without the documents the analyst left out: where the Target
     * table finds the benchmarks of the regions exported.
     */
    ExportScope benchmarks(Store store, Set<String> regionCodes, Set<Long> national) {
        Set<Long> inScope = new HashSet<>();
        documents.forEach(d -> inScope.add(d.id()));
        ExportScope b = new ExportScope(new ArrayList<>(), regions, filter, false);
        for (DocumentSummary d : latestVersions(store.documents().listSummaries())) {
            if (!inScope.contains(d.id()) && !filter.excludedDocuments().contains(d.id()) && (national.contains(d.id())
                    || d.effectiveRegionCode() != null && regionCodes.contains(d.effectiveRegionCode()))) {
                b.documents.add(d);
            }
        }
        b.documents.sort(ORDER);
        return b;
    }

    private static void checkDocumentsExist(Set<Long> ids, List<DocumentSummary> all) {
        Set<Long> missing = new TreeSet<>(ids);
        all.forEach(d -> missing.remove(d.id()));
        if (!missing.isEmpty()) {
            throw new ExportException("No document with id " + missing + " in the store to leave out.");
        }
    }

    private static void checkRegionsExist(Set<String> names, java.util.Collection<Region> regions) {
        for (String name : names) {
            if (regions.stream().noneMatch(r -> matches(name, r))) {
                throw new ExportException("No region named " + name + " in the gazetteer.");
            }
        }
    }

    private static void checkTagsExist(Store store, Set<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>();
        for (Tag t : store.tags().findAll()) {
            known.add(t.name());
        }
        for (String t : tags) {
            if (!known.contains(t)) {
                throw new ExportException("No tag named " + t + " in the store.");
            }
        }
    }

    List<DocumentSummary> documents() {
        return documents;
    }

    /**
     * Whether the export covers the whole corpus (no documents named, no region or year chosen): then its
     * history also names the reports deleted from it.
     */
    boolean coversWholeStore() {
        return wholeStore;
    }

    /** How a document is named in the workbook: its title, else its file name. */
    String documentLabel(long id) {
        for (DocumentSummary d : documents) {
            if (d.id() == id) {
                return d.title() != null ? d.title() : d.fileName();
            }
        }
        return "#" + id;
    }

    Region region(String code) {
        return code == null ? null : regions.get(code);
    }

    Region regionOf(DocumentSummary d) {
        String code = d.effectiveRegionCode();
        return code == null ? null : regions.get(code);
    }

    private boolean regionMatches(Region r) {
        if (r == null) {
            return false;
        }
        for (String name : filter.regions()) {
            if (matches(name, r)) {
                return true;
            }
        }
        return false;
    }

    /** A code, or a name matching the region, its prefecture or its province (咸宁 matches 咸宁市). */
    private static boolean matches(String wanted, Region r) {
        String w = wanted.strip();
        return w.equals(r.code()) || nameMatches(w, r.name()) || nameMatches(w, r.prefectureName())
                || nameMatches(w, r.provinceName());
    }

    private static boolean nameMatches(String wanted, String name) {
        if (name == null) {
            return false;
        }
        if (name.equals(wanted) || name.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // the name without its administrative suffix: 湖北 for 湖北省, 广西 for 广西壮族自治区
        return wanted.length() >= 2 && name.length() > wanted.length() && name.startsWith(wanted)
                && ADMIN_SUFFIX_ENDS.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /**
     * Whether the indicator passes the catalog, status and tag filters (years, regions and left-out
     * documents choose documents).
     */
    boolean keeps(StoredIndicator i, List<String> tags) {
        if (filter.catalogOnly() && i.value().code() == null) {
            return false;
        }
        if (!filter.statuses().isEmpty() && !filter.statuses().contains(i.status())) {
            return false;
        }
        if (!filter.tags().isEmpty()) {
            return tags.stream().anyMatch(filter.tags()::contains);
        }
        return true;
    }
}
