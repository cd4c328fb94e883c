package io.zhibiao.bench;

import io.zhibiao.core.catalog.Lesson;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.review.TeachPreview;
import io.zhibiao.core.store.Store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Teaching one alias to a store of 1,000 documents (the scale benchmark's cached store, copied): how long the
 * preview takes to say what it would add, change and remove in the whole store. The phrase, 基本医疗保险参保率,
 * is written in two of the three sample reports the corpus is made from, so about two thirds of the documents
 * hold it and are re-extracted for the count: a lesson of wide reach, not a rare phrase.
 * Usage: TeachPreviewBenchmark [documents (1000)] [runs (3)] [limit:preview-s=S] (see {@link Limits}).
 */
public final class TeachPreviewBenchmark {
    private static final String PHRASE = "基本医疗保险参保率";

    public static void main(String[] all) throws Exception {
        List<String> positional = new ArrayList<>();
        Limits limits = Limits.from(all, positional);
        int count = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 1000;
        int runs = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 3;
        for (String line : ScaleStores.ensure(count)) {
            System.out.println("  " + line);
        }
        Path work = Files.createTempDirectory("zhibiao-bench-teach");
        Path db = work.resolve("store/zhibiao");
        Files.createDirectories(db.getParent());
        // a copy: the lesson's catalog is written beside the store, and the cached store must stay as built
        Files.copy(Path.of(ScaleStores.store(count) + ".mv.db"), Path.of(db + ".mv.db"));
        try (Store store = Store.open(db)) {
            StoreCatalog.of(store).add(new CatalogEntry("MED_INS", "医保参保率", "Medical insurance coverage",
                    List.of(), "social", Set.of(Measure.RATE), Set.of()));
            ReviewService review = new ReviewService(store, "bench");
            System.out.printf("teach preview benchmark: %d documents, %d cores%n", store.documents().listSummaries().size(),
                    Runtime.getRuntime().availableProcessors());
            // warm-up on another lesson, so class loading and JIT are not billed to the measured runs
            review.teaching().preview(Lesson.notAnIndicator("拨付资金"), () -> false);
            var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            List<Double> seconds = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                long cpu0 = cpu.getProcessCpuTime();
                long t0 = System.nanoTime();
                TeachPreview p = review.teaching().preview(Lesson.alias(PHRASE, "MED_INS"), () -> false);
                double sec = (System.nanoTime() - t0) / 1e9;
                double cpuSec = (cpu.getProcessCpuTime() - cpu0) / 1e9;
                seconds.add(sec);
                // CPU seconds of the whole process: on a busy host they hold still while the wall clock does not
                System.out.printf("  run %d: %.2f s (%.2f CPU s), %d documents hold the phrase, rows added %d, changed %d,"
                        + " removed %d%n", run + 1, sec, cpuSec, p.documentIds().size(), p.added(), p.changed(), p.removed());
            }
            seconds.sort(Comparator.naturalOrder());
            double median = seconds.get(seconds.size() / 2);
            System.out.printf("teach preview median: %.2f s%n", median);
            limits.atMost("preview-s", "preview of one alias taught to " + count + " documents, median", median, "s");
        } finally {
            ScaleStores.deleteTree(work);
        }
        limits.finish("teach preview benchmark");
    }
}
