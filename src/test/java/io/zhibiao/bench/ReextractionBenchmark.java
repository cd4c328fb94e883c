package io.zhibiao.bench;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.corpusview.CorpusTreeBuilder;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.Reextraction;
import io.zhibiao.core.review.ReextractionListener;
import io.zhibiao.core.review.ReextractionSummary;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Issue 19: re-extraction of 1,000 real reports after a catalog change, in the background, while the
 * workbench stays responsive. A copy of a cached store of 1,000 reports of ../shared/corpus (see
 * {@link ReextractionStore}) gets review work (verified, rejected, corrected, noted and tagged rows) and an
 * alias in its user catalog; then every document is re-extracted on a background thread as the Catalog
 * window does, while this thread repeats what the workbench reads meanwhile (a pane's document, text,
 * indicators and tags; the corpus tree), every 20 ms. Prints the time, the reads' median, 95th percentile and
 * longest with and without the re-extraction beside them, and checks that no reviewed row changed.
 * Usage: ReextractionBenchmark [corpus folder (../shared/corpus)] [documents (1000)]
 * [limit:reextract-s=S] [limit:pane-p95-ms=MS] [limit:tree-p95-ms=MS] (see {@link Limits}). Run it alone:
 * <pre>mvn -Pbench org.codehaus.mojo:exec-maven-plugin:3.5.0:exec@bench-reextract</pre>
 */
public final class ReextractionBenchmark {
    private static final long READ_EVERY_MS = 20;
    private static final long QUIET_READS_MS = 3000;

    private ReextractionBenchmark() {
    }

    public static void main(String[] all) throws Exception {
        List<String> args = new ArrayList<>();
        Limits limits = Limits.from(all, args);
        Path corpus = Path.of(args.size() > 0 ? args.get(0) : "../shared/corpus");
        int count = args.size() > 1 ? Integer.parseInt(args.get(1)) : 1000;
        if (!Files.isDirectory(corpus.resolve("reports-multiyear"))) {
            System.out.println("re-extraction benchmark skipped: no folder " + corpus.toAbsolutePath());
            return;
        }
        System.out.printf("re-extraction benchmark: %d reports, %d cores, max heap %d MB%n", count,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Path pristine = ReextractionStore.ensure(corpus, count);
        Path work = Files.createTempDirectory("zhibiao-bench-reextract");
        try {
            try (Store store = Store.open(ReextractionStore.copy(pristine, work.resolve("store")))) {
                measure(store, limits);
            }
        } finally {
            ScaleStores.deleteTree(work);
        }
        limits.finish("re-extraction benchmark");
    }

    private static void measure(Store store, Limits limits) throws Exception {
        SearchReadiness.await(store);
        ReviewService review = new ReviewService(store, "bench");
        List<DocumentSummary> documents = store.documents().listSummaries();
        int reviewed = review(store, review, documents);
        Map<Long, StoredIndicator> before = reviewedRows(store, documents);
        System.out.printf("  %d documents, %d rows holding review work%n", documents.size(), reviewed);

        StoreCatalog.of(store).alias("CPI", "居民消费品价格涨幅"); // a development-set miss (devset/taught-aliases.csv)
        Reextraction reextraction = Reextraction.withStoreCatalog(store, review);
        List<Long> behind = reextraction.behind();
        if (behind.size() != documents.size()) {
            throw new IllegalStateException("after the catalog change " + behind.size() + " of " + documents.size()
                    + " documents are behind");
        }
        Map<String, Region> regions = store.regions().findAll().stream()
                .collect(Collectors.toMap(Region::code, r -> r, (a, b) -> a, LinkedHashMap::new));
        CorpusTreeBuilder tree = new CorpusTreeBuilder(regions);
        List<Long> ids = documents.stream().map(DocumentSummary::id).toList();
        int[] next = {0};
        Supplier<Object> pane = () -> ScaleBenchmark.openPane(store, ids.get(next[0]++ % ids.size()));
        Supplier<Object> corpusTree = () -> tree.build(store.documents().listSummaries(), "");

        Reads quiet = new Reads();
        long quietUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(QUIET_READS_MS);
        while (System.nanoTime() < quietUntil) {
            quiet.readBoth(pane, corpusTree);
        }
        Reads busy = new Reads();
        SlowReadWatch.watch(Thread.currentThread());
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpu0 = os.getProcessCpuTime();
        long readerCpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        CompletableFuture<ReextractionSummary> run = CompletableFuture.supplyAsync(
                () -> reextraction.run(behind, ReextractionListener.NONE, () -> false));
        while (!run.isDone()) {
            busy.readBoth(pane, corpusTree);
        }
        ReextractionSummary summary = run.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        // the process's CPU less this thread's reads: what the re-extraction cost, whatever else ran on the host
        double cpuSeconds = (os.getProcessCpuTime() - cpu0
                - (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - readerCpu0)) / 1e9;

        System.out.printf("  re-extraction of %d documents: %.1f s (%.0f documents/s), %.1f s of CPU (the reads'"
                        + " left out), host load average %.1f before and %.1f after; %s%n", behind.size(), seconds,
                behind.size() / seconds, cpuSeconds, loadBefore, os.getSystemLoadAverage(), summary.summary());
        System.out.println("  while idle:          " + quiet.describe());
        System.out.println("  during re-extraction: " + busy.describe());
        if (!summary.failures().isEmpty() || summary.reports().size() != behind.size()) {
            throw new IllegalStateException("re-extraction failed: " + summary.failures());
        }
        if (!before.equals(reviewedRows(store, documents))) {
            throw new IllegalStateException("re-extraction changed rows holding review work");
        }
        limits.atMost("reextract-s", "re-extraction of " + behind.size() + " reports after an alias was added",
                seconds, "s");
        limits.atMost("reextract-cpu-s", "CPU time of that re-extraction (tells a slow host from slow code)",
                cpuSeconds, "s");
        limits.atMost("pane-p95-ms", "a pane's read during re-extraction, 95th percentile", busy.pane.p95(), "ms");
        limits.atMost("tree-p95-ms", "the corpus tree's read during re-extraction, 95th percentile", busy.tree.p95(),
                "ms");
    }

    /**
     * What an analyst has done before the catalog changes: a tenth of the rows verified, one in 29 rejected,
     * one in 37 tagged, and in one document of 20 a row corrected and another noted (each correction its
     * own step, as in the workbench).
     */
    private static int review(Store store, ReviewService review, List<DocumentSummary> documents) {
        List<Long> verify = new ArrayList<>();
        List<Long> reject = new ArrayList<>();
        List<Long> tag = new ArrayList<>();
        int row = 0;
        for (int d = 0; d < documents.size(); d++) {
            List<StoredIndicator> rows = store.indicators().findByDocument(documents.get(d).id());
            for (StoredIndicator s : rows) {
                row++;
                if (row % 10 == 0) {
                    verify.add(s.id());
                } else if (row % 29 == 0) {
                    reject.add(s.id());
                } else if (row % 37 == 0) {
                    tag.add(s.id());
                }
            }
            if (d % 20 == 0 && rows.size() > 2) {
                StoredIndicator corrected = rows.get(1);
                if (corrected.value().value() != null) {
                    review.correct(corrected.id(), IndicatorField.VALUE, corrected.value().value() + 1);
                }
                review.setNote(rows.get(2).id(), "checked against the statistical bulletin");
            }
        }
        review.verifyAll(verify);
        review.rejectAll(reject);
        review.tag(tag, "briefing", "#4a90d9");
        int reviewed = 0;
        for (DocumentSummary d : documents) {
            reviewed += (int) store.indicators().findByDocument(d.id()).stream()
                    .filter(s -> s.status() != ReviewStatus.UNREVIEWED).count();
        }
        return reviewed + tag.size();
    }

    /** The rows an analyst reviewed, by id: re-extraction must leave each exactly as it was. */
    private static Map<Long, StoredIndicator> reviewedRows(Store store, List<DocumentSummary> documents) {
        Map<Long, StoredIndicator> rows = new LinkedHashMap<>();
        for (DocumentSummary d : documents) {
            for (StoredIndicator s : store.indicators().findByDocument(d.id(), true)) {
                if (s.status() != ReviewStatus.UNREVIEWED || (s.note() != null && !s.note().isBlank())) {
                    rows.put(s.id(), s);
                }
            }
        }
        return rows;
    }

    /** The times of the two reads, taken in turn every {@value #READ_EVERY_MS} ms. */
    private static final class Reads {
        final Times pane = new Times();
        final Times tree = new Times();

        void readBoth(Supplier<Object> paneRead, Supplier<Object> treeRead) throws InterruptedException {
            pane.time(paneRead);
            Thread.sleep(READ_EVERY_MS);
            tree.time(treeRead);
            Thread.sleep(READ_EVERY_MS);
        }

        String describe() {
            return "pane " + pane + "; corpus tree " + tree;
        }
    }

    private static final class Times {
        private final List<Double> ms = new ArrayList<>();

        void time(Supplier<Object> read) {
            long t = System.nanoTime();
            SlowReadWatch.started(t);
            java.lang.ref.Reference.reachabilityFence(read.get());
            SlowReadWatch.ended();
            ms.add((System.nanoTime() - t) / 1e6);
        }

        double p95() {
            return VerdictCommitBenchmark.percentile(values(), 95);
        }

        private double[] values() {
            return ms.stream().mapToDouble(Double::doubleValue).toArray();
        }

        @Override
        public String toString() {
            double[] v = values();
            return String.format("median %.1f ms, 95th percentile %.1f ms, longest %.1f ms (%d reads)",
                    VerdictCommitBenchmark.percentile(v, 50), p95(), VerdictCommitBenchmark.percentile(v, 100),
                    v.length);
        }
    }
}
