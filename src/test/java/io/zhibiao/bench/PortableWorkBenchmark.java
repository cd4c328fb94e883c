package io.zhibiao.bench;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.portable.ConflictPolicy;
import io.zhibiao.core.portable.WorkExportSummary;
import io.zhibiao.core.portable.WorkExporter;
import io.zhibiao.core.portable.WorkImportReport;
import io.zhibiao.core.portable.WorkImporter;
import io.zhibiao.core.portable.WorkProgress;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Size and time of a work file for a generated corpus: every document gets a bulk verify of a fifth of its
 * indicators, a correction, a note and a tag; the store is exported, and the file imported into a copy of
 * the store taken before the work (a store rebuilt from the same reports), then imported again.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test
 *   -Dexec.mainClass=io.zhibiao.bench.PortableWorkBenchmark -Dexec.args="1000 /tmp/portable-bench"</pre>
 */
public final class PortableWorkBenchmark {
    private PortableWorkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        List<Path> reports = GeneratedCorpus.write(dir.resolve("reports"), count, 42);
        Path a = dir.resolve("a/zhibiao");
        long t0 = System.nanoTime();
        try (Store store = Store.open(a)) {
            ImportService.withBundledData(store).importPaths(reports, ImportListener.NONE, () -> false);
        }
        System.out.printf("imported %d reports in %d ms%n", count, (System.nanoTime() - t0) / 1_000_000);
        Files.createDirectories(dir.resolve("b"));
        Files.copy(dir.resolve("a/zhibiao.mv.db"), dir.resolve("b/zhibiao.mv.db"));
        Path file = dir.resolve("work.json");
        try (Store store = Store.open(a)) {
            long w0 = System.nanoTime();
            ReviewService review = new ReviewService(store, "bench");
            int actions = 0;
            for (DocumentSummary d : store.documents().listSummaries()) {
                List<StoredIndicator> rows = store.indicators().findByDocument(d.id());
                if (rows.size() < 3) {
                    continue;
                }
                List<Long> fifth = new ArrayList<>();
                for (int i = 0; i < rows.size(); i += 5) {
                    fifth.add(rows.get(i).id());
                }
                review.verifyAll(fifth);
                review.correct(rows.get(1).id(), IndicatorField.UNIT, "亿元");
                review.setNote(rows.get(2).id(), "与统计公报核对");
                review.tag(List.of(rows.get(1).id(), rows.get(2).id()), "重点", "#d9534f");
                actions += 4;
            }
            System.out.printf("work: %d review actions in %d ms%n", actions, (System.nanoTime() - w0) / 1_000_000);
            WorkExportSummary s = new WorkExporter(store).export(file, "bench", WorkProgress.NONE, () -> false);
            System.out.printf("export: %d documents, %d indicators, %d events, %,d bytes in %d ms%n", s.documents(),
                    s.indicators(), s.historyEvents(), s.bytes(), s.elapsed().toMillis());
        }
        try (Store store = Store.open(dir.resolve("b/zhibiao"))) {
            WorkImportReport r = new WorkImporter(store).importFile(file, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            System.out.printf("import: %d documents, %d indicators applied, %d events in %d ms%n",
                    r.documentsMatched(), r.indicatorsApplied(), r.historyAdded(), r.elapsed().toMillis());
            WorkImportReport again = new WorkImporter(store).importFile(file, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            System.out.printf("import again: changed nothing %s in %d ms%n", again.changedNothing(),
                    again.elapsed().toMillis());
        }
    }
}
