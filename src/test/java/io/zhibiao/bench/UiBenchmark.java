package io.zhibiao.bench;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.store.Store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up to a usable window and opening a pane, on a store of N documents: runs the real workbench
 * (--self-test, headless Monocle) in a fresh JVM several times and reports the medians.
 * Usage: UiBenchmark [documents (1000)] [runs (3)]
 */
public final class UiBenchmark {
    private static final Pattern TIMES = Pattern.compile(
            "usable window (\\d+) ms after JVM start, first two panes (\\d+) ms, next pane \\((\\d+) KB report\\) (\\d+) ms");

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("zhibiao-bench-ui");
        Path db = work.resolve("store/zhibiao");
        GeneratedCorpus.write(work.resolve("reports"), count, 11);
        try (Store store = Store.open(db)) {
            ImportService.withBundledData(store).importPaths(List.of(work.resolve("reports")), ImportListener.NONE, () -> false);
        }
        System.out.printf("UI benchmark: %d documents in the store%n", count);
        List<Long> usable = new ArrayList<>();
        List<Long> pane = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dtestfx.headless=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                    "-Dprism.order=sw", "-Djava.awt.headless=true",
                    "--add-exports", "javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), "io.zhibiao.Launcher", "--self-test", "--db", db.toString())
                    .redirectErrorStream(true).start();
            String line;
            Matcher found = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                while ((line = out.readLine()) != null) {
                    Matcher m = TIMES.matcher(line);
                    if (m.find()) {
                        found = m;
                    } else if (line.contains("self-test failed")) {
                        System.out.println("  " + line);
                    }
                }
            }
            p.waitFor();
            if (found == null) {
                throw new IllegalStateException("the self-test printed no timings (exit " + p.exitValue() + ")");
            }
            usable.add(Long.parseLong(found.group(1)));
            pane.add(Long.parseLong(found.group(4)));
            System.out.printf("  run %d: usable window %s ms after JVM start, pane for a %s KB report %s ms%n",
                    run + 1, found.group(1), found.group(3), found.group(4));
        }
        usable.sort(Comparator.naturalOrder());
        pane.sort(Comparator.naturalOrder());
        System.out.printf("UI median: usable window %d ms, open pane %d ms (%d documents)%n",
                usable.get(usable.size() / 2), pane.get(pane.size() / 2), count);
    }
}
