package io.zhibiao.bench;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.store.Store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up to a usable window and opening a pane, on a store of N documents: runs the real workbench
 * (--self-test, headless Monocle) in a fresh JVM several times and reports the medians.
 * <p>
 * Usage: UiBenchmark [documents (1000)] [runs (3)] [limit:KEY-ms=MS ...], KEY one of startup, pane-first,
 * pane-again, select, verdict; {@code limit:packaged.KEY-ms} instead when a packaged launcher is measured
 * (see {@link Limits}: the medians are held, the run fails past a limit). The store is generated once per size and kept in
 * {@code target/bench-ui/} (importing 10,000 reports takes a minute; the measured thing is the start).
 * Besides the generated reports it holds one real report of just over 50 KB from the shared corpus when
 * that is present, so the pane measured is a 50 KB report as the goal says.
 * System properties: {@code bench.appClasspath} runs the workbench from another class path (to alternate
 * an old and a new build, A B A B, on a busy machine), {@code bench.javaOptions} adds JVM options
 * (space-separated) to the measured JVM, and {@code bench.launcher} measures a packaged app instead
 * ({@code target/dist/Zhibiao/bin/Zhibiao} after {@code mvn -Pdist package}: its own runtime, class-data
 * archive and JVM options, on a real window system; under {@code xvfb-run} when there is no display).
 */
public final class UiBenchmark {
    private static final Pattern TIMES = Pattern.compile(
            "usable window (\\d+) ms after JVM start, first two panes (\\d+) ms, next pane \\((\\d+) KB report\\) (\\d+) ms"
                    + "(?:, again (\\d+) ms)?" // absent from builds older than the warm-pane timing (bench.appClasspath)
                    + "(?:[^;]*, row selected (\\d+) ms, review action (\\d+) ms)?");
    /** The self-test opens the 50 KB report this many times more; the median is the pane time after warm-up. */
    private static final int WARM_OPENS = 10;
    private static final long FIFTY_KB = 50 * 1024;

    public static void main(String[] all) throws Exception {
        List<String> positional = new ArrayList<>();
        Limits given = Limits.from(all, positional);
        String[] args = positional.toArray(String[]::new);
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path db = cachedStore(count);
        List<String> command = command(db);
        System.out.printf("UI benchmark: %d documents in the store %s%n  run as: %s%n", count, db,
                String.join(" ", command).replaceAll("-cp \\S+", "-cp ..."));
        List<Long> usable = new ArrayList<>();
        List<Long> pane = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        List<Long> select = new ArrayList<>();
        List<Long> review = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Matcher found = runOnce(command);
            usable.add(Long.parseLong(found.group(1)));
            pane.add(Long.parseLong(found.group(4)));
            if (found.group(5) != null) {
                again.add(Long.parseLong(found.group(5)));
            }
            if (found.group(6) != null) {
                select.add(Long.parseLong(found.group(6)));
                review.add(Long.parseLong(found.group(7)));
            }
            System.out.printf("  run %d: usable window %s ms after JVM start, pane for a %s KB report %s ms the first"
                    + " time, %s ms after (median of %d opens); a row selected until the text shows it %s ms;"
                    + " review keystroke until its row shows it %s ms%n",
                    run + 1, found.group(1), found.group(3), found.group(4),
                    found.group(5) != null ? found.group(5) : "-", WARM_OPENS,
                    found.group(6) != null ? found.group(6) : "-", found.group(7) != null ? found.group(7) : "-");
        }
        System.out.printf("UI median: usable window %d ms, open pane %d ms the first time, %s ms after; row"
                        + " selected %s ms; review keystroke %s ms (%d documents)%n",
                median(usable), median(pane), again.isEmpty() ? "-" : Long.toString(median(again)),
                select.isEmpty() ? "-" : Long.toString(median(select)),
                review.isEmpty() ? "-" : Long.toString(median(review)), count);
        boolean packaged = !System.getProperty("bench.launcher", "").isBlank();
        Limits limits = given.select(packaged ? "packaged" : "");
        String at = " at " + count + " documents" + (packaged ? ", packaged app" : "") + ", median";
        limits.atMost("startup-ms", "start-up to a usable window" + at, median(usable), "ms");
        limits.atMost("pane-first-ms", "first pane on a 50 KB report in a fresh JVM" + at, median(pane), "ms");
        if (!again.isEmpty()) {
            limits.atMost("pane-again-ms", "the same pane opened again" + at, median(again), "ms");
        }
        if (!select.isEmpty()) {
            limits.atMost("select-ms", "first row selected until shown" + at, median(select), "ms");
            limits.atMost("verdict-ms", "first verdict until its row shows it" + at, median(review), "ms");
        }
        limits.finish("UI benchmark");
    }

    private static Matcher runOnce(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // An environment variable rather than a -D option, so that it reaches a packaged launcher too.
        // The benchmark's stores are its own, so the self-test may also time a review keystroke there.
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Dzhibiao.selfTest.warmPaneOpens=" + WARM_OPENS
                + " -Dzhibiao.selfTest.reviewTiming=true");
        Process p = builder.start();
        Matcher found = null;
        List<String> tail = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = TIMES.matcher(line);
                if (m.find()) {
                    found = m;
                }
                tail.add(line);
                if (tail.size() > 20) {
                    tail.remove(0);
                }
            }
        }
        p.waitFor();
        if (found == null) {
            throw new IllegalStateException("the self-test printed no timings (exit " + p.exitValue() + "):\n"
                    + String.join("\n", tail));
        }
        return found;
    }

    private static List<String> command(Path db) {
        String launcher = System.getProperty("bench.launcher", "").strip();
        if (!launcher.isEmpty()) {
            return launcherCommand(Path.of(launcher).toAbsolutePath(), db);
        }
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtestfx.headless=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true",
                "--add-exports", "javafx.base/com.sun.javafx.event=ALL-UNNAMED"));
        String extra = System.getProperty("bench.javaOptions", "").strip();
        if (!extra.isEmpty()) {
            c.addAll(Arrays.asList(extra.split("\\s+")));
        }
        c.addAll(List.of("-cp", System.getProperty("bench.appClasspath", System.getProperty("java.class.path")),
                "io.zhibiao.Launcher", "--self-test", "--db", db.toString()));
        return c;
    }

    private static List<String> launcherCommand(Path launcher, Path db) {
        if (!Files.isExecutable(launcher)) {
            throw new IllegalArgumentException("no packaged launcher at " + launcher + " (build it with mvn -Pdist package)");
        }
        List<String> c = new ArrayList<>();
        boolean noDisplay = System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && !System.getProperty("os.name").startsWith("Windows") && !System.getProperty("os.name").startsWith("Mac");
        if (noDisplay) {
            c.addAll(List.of("xvfb-run", "-a"));
        }
        c.addAll(List.of(launcher.toString(), "--self-test", "--db", db.toString()));
        return c;
    }

    /** The store of {@code count} generated reports (plus one real 50 KB report), built on first use. */
    static Path cachedStore(int count) throws IOException {
        Path dir = Path.of("target", "bench-ui", "store-" + count).toAbsolutePath();
        Path db = dir.resolve("zhibiao");
        Path complete = dir.resolve("complete");
        if (Files.exists(complete)) {
            return db;
        }
        deleteTree(dir);
        Path reports = Files.createTempDirectory("zhibiao-bench-ui");
        GeneratedCorpus.write(reports.resolve("generated"), count, 11);
        List<Path> input = new ArrayList<>(List.of(reports.resolve("generated")));
        Path real = fiftyKbReport();
        if (real != null) {
            input.add(real);
        }
        try (Store store = Store.open(db)) {
            ImportService.withBundledData(store).importPaths(input, ImportListener.NONE, () -> false);
        }
        deleteTree(reports);
        Files.writeString(complete, "generated reports: " + count + ", seed 11, real report: " + real + "\n");
        return db;
    }

    /** The smallest real report of at least 50 KB in the shared corpus, or null when it is absent. */
    private static Path fiftyKbReport() throws IOException {
        Path corpus = Path.of(System.getProperty("zhibiao.shared", "../shared"), "corpus", "cities-2024", "txt");
        if (!Files.isDirectory(corpus)) {
            return null;
        }
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(f -> f.toFile().length() >= FIFTY_KB)
                    .min(Comparator.comparingLong((Path f) -> f.toFile().length()).thenComparing(Path::toString))
                    .orElse(null);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }
}
