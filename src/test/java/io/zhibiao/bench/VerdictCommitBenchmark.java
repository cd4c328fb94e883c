package io.zhibiao.bench;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a verdict costs now that its commit is forced to the disk (issue 18: {@code CHECKPOINT SYNC}
 * instead of {@code CHECKPOINT}). Times verdicts through {@link ReviewService} on a store of sample reports,
 * each one a whole transaction that ends with the synced checkpoint, and, on a bare H2 file beside it, one
 * row update with each kind of checkpoint, which shows what the fsync itself adds. Run it alone after a build:
 * <pre>mvn -Pbench org.codehaus.mojo:exec-maven-plugin:3.5.0:exec@bench-verdict-commit</pre>
 * Limits (see {@link Limits}): {@code limit:verdict-ms} (median of the synced verdicts).
 */
public final class VerdictCommitBenchmark {
    private VerdictCommitBenchmark() {
    }

    public static void main(String[] all) throws Exception {
        List<String> args = new ArrayList<>();
        Limits limits = Limits.from(all, args);
        int count = args.isEmpty() ? 300 : Integer.parseInt(args.get(0));
        Path dir = Files.createTempDirectory("zhibiao-verdict-bench");
        double[] verdicts;
        try (Store store = Store.open(dir.resolve("store/zhibiao"))) {
            ImportService.withBundledData(store).importPaths(SampleReports.variants(dir.resolve("reports"), 10),
                    ImportListener.NONE, () -> false);
            List<Long> ids = new ArrayList<>();
            for (DocumentSummary d : store.documents().listSummaries()) {
                store.indicators().findByDocument(d.id()).stream().map(StoredIndicator::id).forEach(ids::add);
            }
            ReviewService review = new ReviewService(store, "bench");
            // the first verdicts load and compile the review path; they are not what is measured
            for (int i = 0; i < 50; i++) {
                toggle(review, ids.get(i % ids.size()), i / ids.size());
            }
            verdicts = new double[count];
            for (int i = 0; i < count; i++) {
                long t = System.nanoTime();
                toggle(review, ids.get((50 + i) % ids.size()), (50 + i) / ids.size());
                verdicts[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        double[] plain = bareCommits(dir.resolve("bare/plain"), "CHECKPOINT", count);
        double[] synced = bareCommits(dir.resolve("bare/synced"), "CHECKPOINT SYNC", count);
        System.out.printf("verdict (a whole review transaction, as the store commits it): %s%n", describe(verdicts));
        System.out.printf("bare update + commit + CHECKPOINT:      %s%n", describe(plain));
        System.out.printf("bare update + commit + CHECKPOINT SYNC: %s%n", describe(synced));
        limits.atMost("verdict-ms", "a verdict with its commit forced to disk, median", percentile(verdicts, 50), "ms");
        limits.finish("verdict commit benchmark");
    }

    /** Verifies the indicator on even rounds and marks it unreviewed again on odd ones: always a real change. */
    private static void toggle(ReviewService review, long id, int round) {
        boolean changed = round % 2 == 0 ? review.verify(id) : review.markUnreviewed(id);
        if (!changed) {
            throw new IllegalStateException("verdict " + round + " on indicator " + id + " changed nothing");
        }
    }

    private static double[] bareCommits(Path location, String checkpoint, int count) throws Exception {
        Files.createDirectories(location.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + location.toAbsolutePath(), "sa", "")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t(id INT PRIMARY KEY, v INT)");
                st.execute("INSERT INTO t VALUES (1, 0)");
            }
            c.setAutoCommit(false);
            double[] times = new double[count];
            try (PreparedStatement update = c.prepareStatement("UPDATE t SET v = ? WHERE id = 1");
                 Statement st = c.createStatement()) {
                for (int i = -50; i < count; i++) {
                    long t = System.nanoTime();
                    update.setInt(1, i);
                    update.executeUpdate();
                    c.commit();
                    st.execute(checkpoint);
                    if (i >= 0) {
                        times[i] = (System.nanoTime() - t) / 1e6;
                    }
                }
            }
            return times;
        }
    }

    private static String describe(double[] ms) {
        return String.format("median %.2f ms, 90th percentile %.2f ms, max %.2f ms (%d runs)",
                percentile(ms, 50), percentile(ms, 90), percentile(ms, 100), ms.length);
    }

    /** The {@code p}th percentile (nearest rank) of {@code ms}. */
    static double percentile(double[] ms, int p) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
