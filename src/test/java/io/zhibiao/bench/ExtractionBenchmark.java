package io.zhibiao.bench;

import io.zhibiao.core.extract.ExtractionContext;
import io.zhibiao.core.extract.IndicatorExtractor;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.DocumentKind;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Throughput of the extractor on a folder of .txt reports: MB/s (UTF-8 bytes) single-threaded and with all
 * cores, after a warm-up round that is not counted. Usage: ExtractionBenchmark &lt;folder&gt; [repeat]
 * [limit:single-mbs=MB/s] [limit:all-cores-mbs=MB/s] (see {@link Limits}).
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    public static void main(String[] all) throws Exception {
        List<String> positional = new ArrayList<>();
        Limits limits = Limits.from(all, positional);
        String[] args = positional.toArray(String[]::new);
        if (args.length < 1) {
            System.err.println("usage: ExtractionBenchmark <folder of .txt> [repeat]");
            System.exit(2);
        }
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> texts = read(Path.of(args[0]));
        if (texts.isEmpty()) {
            System.err.println("no .txt files in " + args[0]);
            System.exit(1);
        }
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        IndicatorExtractor extractor = new IndicatorExtractor(IndicatorCatalog.loadDefault());
        ExtractionContext ctx = new ExtractionContext(2024, DocumentKind.WORK_REPORT);

        long values = runAll(extractor, ctx, texts);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int r = 0; r < repeat; r++) {
            runAll(extractor, ctx, texts);
        }
        double single = mbPerSecond(bytes * repeat, System.nanoTime() - t0);
        // per second of the thread's own CPU time: what the engine costs, whatever else the host is running
        double singleCpu = mbPerSecond(bytes * repeat, threads.getCurrentThreadCpuTime() - cpu0);

        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            parallel(pool, extractor, ctx, texts, 1);
            long t1 = System.nanoTime();
            parallel(pool, extractor, ctx, texts, repeat);
            double multi = mbPerSecond(bytes * repeat, System.nanoTime() - t1);
            System.out.printf("%d files, %.1f MB, %d values per pass%n", texts.size(), bytes / 1e6, values);
            System.out.printf("single thread: %.1f MB/s (%.1f MB per second of its CPU time)%n", single, singleCpu);
            System.out.printf("%d threads:    %.1f MB/s%n", cores, multi);
            limits.atLeast("single-mbs", "extraction on one core", single, "MB/s");
            limits.atLeast("all-cores-mbs", "extraction on " + cores + " cores", multi, "MB/s");
        } finally {
            pool.shutdownNow();
        }
        limits.finish("extraction benchmark");
    }

    private static List<String> read(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static long runAll(IndicatorExtractor ex, ExtractionContext ctx, List<String> texts) {
        long n = 0;
        for (String t : texts) {
            n += ex.extract(t, ctx).size();
        }
        return n;
    }

    private static void parallel(ExecutorService pool, IndicatorExtractor ex, ExtractionContext ctx,
                                 List<String> texts, int repeat) throws Exception {
        List<Future<Integer>> fs = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            for (String t : texts) {
                fs.add(pool.submit(() -> ex.extract(t, ctx).size()));
            }
        }
        for (Future<Integer> f : fs) {
            f.get();
        }
    }

    private static double mbPerSecond(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }
}
