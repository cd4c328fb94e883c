package io.zhibiao.bench;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.testing.TeamServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ten analysts on one team store (issue 21): each a thread with a store of its own (its own connection pool,
 * as ten workbenches would have), each issuing verdicts (verify, reject, back to unreviewed) on indicators
 * drawn at random from the same 30 documents, so that they meet on the same documents and rows. Measures
 * each verdict's round trip through {@link ReviewService}; then checks that no update was lost: every
 * verdict that changed a row has its audit row under its analyst, every row's status is the new value of
 * its last audit row, and every document's reviewed count is what its rows say.
 * <pre>ZHIBIAO_TEST_POSTGRES=... mvn -Pbench org.codehaus.mojo:exec-maven-plugin:3.5.0:exec@bench-team-verdicts</pre>
 * Limits: {@code limit:p95-ms} (95th percentile of all verdicts), {@code limit:lost} (lost updates: 0).
 */
public final class TeamVerdictBenchmark {
    private static final int DOCUMENTS = 30;
    private static final int WARM_UP = 30;

    private TeamVerdictBenchmark() {
    }

    public static void main(String[] all) throws Exception {
        List<String> args = new ArrayList<>();
        Limits limits = Limits.from(all, args);
        int analysts = args.isEmpty() ? 10 : Integer.parseInt(args.get(0));
        int verdicts = args.size() < 2 ? 1000 : Integer.parseInt(args.get(1));
        TeamBenchServer.require("team verdict benchmark");
        String url = TeamServer.newDatabase();
        try {
            run(url, analysts, verdicts, limits);
        } finally {
            TeamServer.drop(url);
        }
        limits.finish("team verdict benchmark");
    }

    private static void run(String url, int analysts, int verdicts, Limits limits) throws Exception {
        List<Long> ids = new ArrayList<>();
        Path reports = Files.createTempDirectory("zhibiao-team-verdicts");
        try (Store setup = Store.open(StoreAddress.parse(url))) {
            ImportService.withBundledData(setup).importPaths(SampleReports.variants(reports, DOCUMENTS),
                    ImportListener.NONE, () -> false);
            for (DocumentSummary d : setup.documents().listSummaries()) {
                setup.indicators().findByDocument(d.id()).stream().map(StoredIndicator::id).forEach(ids::add);
            }
        }
        System.out.printf("team verdict benchmark: %d analysts x %d verdicts on %d indicators of %d documents, "
                + "%d cores%n", analysts, verdicts, ids.size(), DOCUMENTS, Runtime.getRuntime().availableProcessors());
        CyclicBarrier start = new CyclicBarrier(analysts);
        ExecutorService pool = Executors.newFixedThreadPool(analysts);
        List<Future<Analyst>> running = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int a = 0; a < analysts; a++) {
            int n = a;
            running.add(pool.submit(() -> Analyst.work(url, "analyst-" + n, ids, verdicts, start, n)));
        }
        List<Analyst> done = new ArrayList<>();
        for (Future<Analyst> f : running) {
            done.add(f.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        double[] times = done.stream().flatMapToDouble(a -> Arrays.stream(a.ms)).toArray();
        System.out.printf("verdict round trip: median %.2f ms, 90th percentile %.2f ms, 95th %.2f ms, max %.1f ms "
                        + "(%d verdicts in %.1f s, %.0f per second)%n", percentile(times, 50), percentile(times, 90),
                percentile(times, 95), percentile(times, 100), times.length, seconds, times.length / seconds);
        long lost = check(url, done, ids);
        limits.atMost("p95-ms", "a verdict's round trip with " + analysts + " analysts at once, 95th percentile",
                percentile(times, 95), "ms");
        limits.atMost("lost", "lost updates (a changed row without its audit row, or a state its history "
                + "does not end in)", lost, "");
    }

    /** Lost updates: every way the store's rows and their history could disagree, counted. */
    private static long check(String url, List<Analyst> done, List<Long> ids) {
        long lost = 0;
        try (Store s = Store.open(StoreAddress.parse(url))) {
            Map<String, Integer> audited = new HashMap<>();
            for (long id : ids) {
                List<AuditEvent> history = s.audit().listByEntity(AuditEvent.INDICATOR, id).stream()
                        .filter(e -> "status".equals(e.field())).toList();
                history.forEach(e -> audited.merge(e.analyst(), 1, Integer::sum));
                String now = s.indicators().findById(id).orElseThrow().status().id();
                String last = history.isEmpty() ? "unreviewed" : history.get(history.size() - 1).newValue();
                if (!now.equals(last)) {
                    System.out.printf("  indicator %d is %s, but its history ends in %s%n", id, now, last);
                    lost++;
                }
            }
            for (Analyst a : done) {
                int rows = audited.getOrDefault(a.name, 0);
                System.out.printf("  %s: %d verdicts changed a row, %d refused as stale (%d warm-up), %d audit rows%n",
                        a.name, a.changed, a.refused,
                        WARM_UP, rows);
                lost += Math.abs(rows - a.changed);
            }
            for (DocumentSummary d : s.documents().listSummaries()) {
                long reviewed = s.indicators().findByDocument(d.id()).stream()
                        .filter(i -> !i.deleted() && !"unreviewed".equals(i.status().id())).count();
                if (reviewed != d.reviewedCount()) {
                    System.out.printf("  document %d counts %d reviewed rows, has %d%n", d.id(), d.reviewedCount(),
                            reviewed);
                    lost++;
                }
            }
        }
        System.out.printf("lost updates: %d%n", lost);
        return lost;
    }

    /** One analyst's session: a store of its own, warm-up verdicts, then the timed ones. */
    private static final class Analyst {
        final String name;
        final double[] ms;
        int changed;
        /** Verdicts refused because another analyst changed the row between its read and its write. */
        int refused;

        private Analyst(String name, int verdicts) {
            this.name = name;
            this.ms = new double[verdicts];
        }

        static Analyst work(String url, String name, List<Long> ids, int verdicts, CyclicBarrier start, int seed)
                throws Exception {
            Analyst a = new Analyst(name, verdicts);
            Random random = new Random(20261207L + seed);
            try (Store store = Store.open(StoreAddress.parse(url))) {
                ReviewService review = new ReviewService(store, name);
                for (int i = 0; i < WARM_UP; i++) {
                    a.verdict(review, ids, random);
                }
                start.await();
                for (int i = 0; i < verdicts; i++) {
                    long t = System.nanoTime();
                    a.verdict(review, ids, random);
                    a.ms[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            return a;
        }

        private void verdict(ReviewService review, List<Long> ids, Random random) {
            long id = ids.get(random.nextInt(ids.size()));
            boolean changedRow;
            try {
                changedRow = switch (random.nextInt(3)) {
                    case 0 -> review.verify(id);
                    case 1 -> review.reject(id);
                    default -> review.markUnreviewed(id);
                };
            } catch (io.zhibiao.core.review.StaleChangeException e) {
                // refused in words, nothing written: an analyst sees it and decides again; not a lost update
                refused++;
                return;
            }
            if (changedRow) {
                changed++;
            }
        }
    }

    private static double percentile(double[] ms, int p) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
