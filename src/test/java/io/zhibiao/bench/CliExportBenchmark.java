package io.zhibiao.bench;

import io.zhibiao.core.store.Store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times what a user waits for: {@code java -Xmx256m -jar zhibiao.jar export --out X.xlsx} in a fresh JVM,
 * on a store of 100,000 indicators (filled like {@link ExportBenchmark}). Reports the export's own time
 * (what the command prints) and the whole process from launch to exit, as medians. Given several jars,
 * it alternates them run by run, so a busy machine slows them all alike:
 * <pre>java -cp target/test-classes:target/classes:CLASSPATH io.zhibiao.bench.CliExportBenchmark \
 *     100000 5 target/zhibiao.jar [other.jar ...]</pre>
 * Extra JVM options for the launched exports go after {@code --}, e.g. {@code -- -XX:SharedArchiveFile=app.jsa}.
 * Where {@code /usr/bin/time} exists it also reports the CPU seconds of each process, which a machine busy
 * with other work changes much less than the wall time. Limits on the medians of each jar (see {@link Limits}):
 * {@code limit:export-ms} (what the command prints) and {@code limit:process-ms} (launch to exit).
 */
public final class CliExportBenchmark {
    private static final Pattern ELAPSED = Pattern.compile(" in (\\d+) ms\\.");
    private static final Pattern CPU = Pattern.compile("cpu ([0-9.]+) ([0-9.]+)");
    private static final Path TIME = Path.of("/usr/bin/time");

    public static void main(String[] all) throws Exception {
        List<String> positional = new ArrayList<>();
        Limits limits = Limits.from(all, positional);
        String[] args = positional.toArray(String[]::new);
        int wanted = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        List<String> jars = new ArrayList<>();
        List<String> jvmOptions = new ArrayList<>();
        boolean options = false;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--")) {
                options = true;
            } else if (options) {
                jvmOptions.add(args[i]);
            } else {
                jars.add(args[i]);
            }
        }
        // -Dbench.dir=FOLDER keeps the filled store there and reuses it on the next run
        String kept = System.getProperty("bench.dir");
        Path dir = kept != null ? Files.createDirectories(Path.of(kept))
                : Files.createTempDirectory("zhibiao-cli-export-bench");
        Path db = dir.resolve("store/zhibiao");
        if (!Files.exists(dir.resolve("store/zhibiao.mv.db"))) {
            try (Store store = Store.open(db)) {
                System.out.printf("filled %,d indicators%n", ExportBenchmark.fill(store, wanted));
            }
        }
        List<List<Long>> export = new ArrayList<>();
        List<List<Long>> process = new ArrayList<>();
        List<List<Long>> cpu = new ArrayList<>();
        jars.forEach(j -> {
            export.add(new ArrayList<>());
            process.add(new ArrayList<>());
            cpu.add(new ArrayList<>());
        });
        for (int run = 0; run < runs; run++) {
            for (int j = 0; j < jars.size(); j++) {
                long[] t = runOnce(jars.get(j), jvmOptions, db, dir.resolve("out" + j + ".xlsx"));
                export.get(j).add(t[0]);
                process.get(j).add(t[1]);
                cpu.get(j).add(t[2]);
                System.out.printf("%s run %d: export %d ms, process %d ms, cpu %d ms%n", jars.get(j), run + 1,
                        t[0], t[1], t[2]);
            }
        }
        for (int j = 0; j < jars.size(); j++) {
            System.out.printf("%s: median export %d ms, median process %d ms, median cpu %d ms (%d runs, -Xmx256m %s)%n",
                    jars.get(j), median(export.get(j)), median(process.get(j)), median(cpu.get(j)), runs,
                    String.join(" ", jvmOptions));
            String how = "export command in a fresh JVM" + (jvmOptions.isEmpty() ? "" : " with "
                    + String.join(" ", jvmOptions)) + ", median";
            limits.atMost("export-ms", how + " of the export itself", median(export.get(j)), "ms");
            limits.atMost("process-ms", how + " of the whole process", median(process.get(j)), "ms");
        }
        limits.finish("CLI export benchmark");
    }

    /** The export's own time as the command prints it, the process's wall time and its CPU time (or -1), in ms. */
    private static long[] runOnce(String jar, List<String> jvmOptions, Path db, Path out)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            command.addAll(List.of(TIME.toString(), "-f", "cpu %U %S"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar, "export", "--db", db.toString(), "--out", out.toString()));
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        long wall = (System.nanoTime() - t) / 1_000_000;
        Matcher m = ELAPSED.matcher(output);
        if (exit != 0 || !m.find()) {
            throw new IllegalStateException("export failed (exit " + exit + "):\n" + output);
        }
        Matcher c = CPU.matcher(output);
        long cpu = timed && c.find()
                ? Math.round((Double.parseDouble(c.group(1)) + Double.parseDouble(c.group(2))) * 1000) : -1;
        return new long[]{Long.parseLong(m.group(1)), wall, cpu};
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
