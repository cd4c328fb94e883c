package io.zhibiao.bench;

import io.zhibiao.core.compare.AlignedTable;
import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.compare.TargetActualPairing;
import io.zhibiao.core.corpusview.CorpusTreeBuilder;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.pipeline.BundledData;
import io.zhibiao.core.search.CorpusSearch;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.DocumentText;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.SeriesQueries;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The interactive actions of the workbench on a store of 10,000 generated documents (and on 1,000, to see
 * what grows with the corpus): listing the corpus tree, opening a pane, the compare view of four panes,
 * target versus actual for a region, a chart series and searches. The stores are built once and cached
 * (see {@link ScaleStores}); the first run also prints the import figures per 1,000 documents.
 * Usage: ScaleBenchmark [documents (10000)] [runs (7)] [limit:KEY-ms=MS ...] [limit:kb-per-doc=KB]: the limits
 * (see {@link Limits}) hold the medians on the largest store, KEY naming the action (tree, list,
 * pane, compare, regions, pairs, chart, search-rare, search-common, search-long, search-none).
 */
public final class ScaleBenchmark {
    private static final int SEARCH_LIMIT = 200; // what the search view asks for
    /** The phrases searched ("" stands for the name of a region, rare in the corpus) and their limit keys. */
    private static final List<String> PHRASES = List.of("", "经济", "全面建设社会主义现代化", "量子计算芯片");
    private static final List<String> PHRASE_KEYS = List.of("search-rare", "search-common", "search-long", "search-none");

    public static void main(String[] all) throws Exception {
        List<String> positional = new ArrayList<>();
        Limits limits = Limits.from(all, positional);
        String[] args = positional.toArray(String[]::new);
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        System.out.printf("scale benchmark: %d documents, %d runs per action, %d cores, max heap %d MB%n",
                count, runs, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        boolean cached = ScaleStores.isBuilt(count);
        List<String> importLog = ScaleStores.ensure(count);
        if (cached) {
            importLog.forEach(line -> System.out.println("  " + line + " (cached store)"));
        }
        List<Integer> sizes = count > ScaleStores.BATCH ? List.of(ScaleStores.BATCH, count) : List.of(count);
        for (int size : sizes) {
            measure(size, new ActionTimer(2, runs), size == count ? limits : null);
        }
        limits.finish("scale benchmark");
    }

    /** Times every action on the store of {@code size} documents; holds them to {@code limits} when given. */
    private static void measure(int size, ActionTimer timer, Limits limits) throws Exception {
        Path db = ScaleStores.store(size);
        long t0 = System.nanoTime();
        try (Store store = Store.open(db)) {
            double kbPerDoc = Files.size(Path.of(db + ".mv.db")) / 1024.0 / size;
            System.out.printf("%n%d documents: store opened in %d ms, %.1f KB per document%n", size,
                    (System.nanoTime() - t0) / 1_000_000, kbPerDoc);
            SearchReadiness.await(store);
            Map<String, Region> regions = store.regions().findAll().stream()
                    .collect(Collectors.toMap(Region::code, r -> r, (a, b) -> a, LinkedHashMap::new));
            List<DocumentSummary> all = store.documents().listSummaries();
            List<DocumentSummary> panes = all.subList(all.size() / 2, all.size() / 2 + 4);
            DocumentSummary first = panes.get(0);
            List<List<StoredIndicator>> paneIndicators = panes.stream()
                    .map(d -> store.indicators().findByDocument(d.id())).toList();

            List<ActionTimer.Result> results = new ArrayList<>();
            Map<String, ActionTimer.Result> held = new LinkedHashMap<>(); // by limit key: the README's figures
            CorpusTreeBuilder tree = new CorpusTreeBuilder(regions);
            keep(results, held, "tree", timer.measure("list documents + corpus tree",
                    () -> tree.build(store.documents().listSummaries(), "")));
            keep(results, held, "list", timer.measure("list documents (query only)",
                    () -> store.documents().listSummaries()));
            keep(results, held, "pane", timer.measure("open a pane (summary, text, indicators, tags)",
                    () -> openPane(store, first.id())));
            keep(results, held, "compare", timer.measure("compare view of 4 panes (AlignedTable)",
                    () -> compare(paneIndicators)));
            String region = first.effectiveRegionCode();
            results.add(timer.measure("target vs actual: region list (before: every summary)", () -> regionCodes(store)));
            results.add(timer.measure("target vs actual: pairs of a region (before: every summary)",
                    () -> pairsAsTheTab(store, region)));
            keep(results, held, "regions", timer.measure("target vs actual: region list (the tab now)",
                    () -> store.documents().effectiveRegionCodes()));
            keep(results, held, "pairs", timer.measure("target vs actual: pairs of a region (the tab now)",
                    () -> pairsByRegion(store, region)));
            StoredIndicator charted = mostCommon(paneIndicators.get(0));
            List<String> paneRegions = panes.stream().map(DocumentSummary::effectiveRegionCode)
                    .filter(Objects::nonNull).distinct().toList();
            SeriesQueries series = new SeriesQueries(store);
            keep(results, held, "chart", timer.measure("chart series of " + charted.value().code() + " for 4 regions",
                    () -> series.series(charted.value().code(), charted.value().measure(), paneRegions)));
            CorpusSearch search = new CorpusSearch(store);
            String rare = regions.get(region) != null ? regions.get(region).name() : "洪湖";
            for (int p = 0; p < PHRASES.size(); p++) {
                String phrase = PHRASES.get(p).isEmpty() ? rare : PHRASES.get(p);
                String name = "search \"" + phrase + "\" (" + search.search(phrase, SEARCH_LIMIT).size() + " hits shown)";
                keep(results, held, PHRASE_KEYS.get(p), timer.measure(name, () -> search.search(phrase, SEARCH_LIMIT)));
            }
            results.forEach(r -> System.out.println("  " + r));
            if (limits != null) {
                held.forEach((key, r) -> limits.atMost(key + "-ms", "at " + size + " documents: " + r.name()
                        + ", median", r.medianMs(), "ms"));
                limits.atMost("kb-per-doc", "store size per document at " + size, kbPerDoc, "KB");
            }
        }
    }

    private static void keep(List<ActionTimer.Result> results, Map<String, ActionTimer.Result> held, String key,
                             ActionTimer.Result r) {
        results.add(r);
        held.put(key, r);
    }

    /** What the workbench reads to open a pane on a document: its summary, text, indicators and tags. */
    static Object openPane(Store store, long id) {
        return List.of(store.documents().findById(id).orElseThrow(),
                store.documents().loadText(id).map(DocumentText::originalText).orElse(""),
                store.indicators().findByDocument(id), store.tags().tagsByDocument(id));
    }

    private static List<AlignedTable.Row> compare(List<List<StoredIndicator>> panes) {
        List<AlignedTable.Column> columns = new ArrayList<>();
        for (List<StoredIndicator> indicators : panes) {
            columns.add(new AlignedTable.Column("pane " + columns.size(), indicators.stream()
                    .filter(i -> i.status() != ReviewStatus.REJECTED).map(StoredIndicator::value).toList()));
        }
        return AlignedTable.build(columns, BundledData.catalog());
    }

    /** What ui.main.TargetActualTab reads to offer its regions. */
    private static List<String> regionCodes(Store store) {
        return store.documents().listSummaries().stream().map(DocumentSummary::effectiveRegionCode)
                .filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** What ui.main.TargetActualTab read for one region before the region queries: every summary, then the region's indicators. */
    private static Object pairsAsTheTab(Store store, String code) {
        List<Observation> observations = new ArrayList<>();
        for (DocumentSummary d : store.documents().listSummaries()) {
            if (code.equals(d.effectiveRegionCode())) {
                for (StoredIndicator i : store.indicators().findByDocument(d.id())) {
                    observations.add(Observation.of(i, d, false));
                }
            }
        }
        return TargetActualPairing.pair(observations);
    }

    /** What the tab reads now, through the region indexes: only the region's documents and indicators. */
    private static Object pairsByRegion(Store store, String code) {
        List<Observation> observations = new ArrayList<>();
        for (DocumentSummary d : store.documents().listByRegion(code)) {
            for (StoredIndicator i : store.indicators().findByDocument(d.id())) {
                observations.add(Observation.of(i, d, false));
            }
        }
        return TargetActualPairing.pair(observations);
    }

    private static StoredIndicator mostCommon(List<StoredIndicator> indicators) {
        Map<String, Long> counts = indicators.stream().filter(i -> i.value().code() != null)
                .collect(Collectors.groupingBy(i -> i.value().code(), Collectors.counting()));
        String code = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return indicators.stream().filter(i -> code.equals(i.value().code())).findFirst().orElseThrow();
    }
}
