package io.zhibiao.reliability;

import io.zhibiao.core.importer.FileOutcome;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated bad input, imported together with good reports: nothing hangs, nothing escapes, every failure
 * is named in words an analyst understands, and the good reports are imported all the same. All inputs
 * come from fixed seeds, so a failure reproduces.
 */
class BadInputSweepTest {
    static final List<String> EXTENSIONS = List.of("txt", "html", "docx", "pdf");
    static final int[] SIZES = {1, 17, 600, 9_000, 150_000};
    static final int SEEDS = 20;
    static final String SHORT = "咸宁市2023年地区生产总值增长6.5%，固定资产投资71.6亿元。";
    static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store/zhibiao"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Random bytes under every supported extension, of sizes from one byte to 150 KB. */
    @Test
    void randomBytesUnderEverySupportedExtensionAreNamedAndGoodFilesStillImport() throws Exception {
        List<Path> files = new ArrayList<>(SampleReports.copyTo(dir.resolve("good")));
        Path bad = Files.createDirectories(dir.resolve("random"));
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            for (int size : SIZES) {
                byte[] bytes = new byte[size];
                random.nextBytes(bytes);
                for (String ext : EXTENSIONS) {
                    files.add(Files.write(bad.resolve("seed" + seed + "-" + size + "." + ext), bytes));
                }
            }
        }
        ImportSummary s = SweepImport.run(store, files);
        for (Path good : files.subList(0, 3)) {
            SweepImport.assertImported(s, good);
        }
        // a single random byte may be a printable character, which is a (useless) text file; nothing else is
        assertTrue(s.failed() >= files.size() - 3 - SEEDS * EXTENSIONS.size(), "failed: " + s.failed());
    }

    /** Text cut in the middle of a character: at every byte of a short text, and at random points of a report. */
    @Test
    void textCutMidCharacterInUtf8AndGb18030IsImportedOrNamed() throws Exception {
        Path cuts = Files.createDirectories(dir.resolve("cuts"));
        List<Path> files = new ArrayList<>();
        for (Charset cs : List.of(StandardCharsets.UTF_8, GB18030)) {
            byte[] whole = SHORT.getBytes(cs);
            for (int end = 1; end < whole.length; end++) {
                files.add(Files.write(cuts.resolve("short-" + cs.name() + "-" + end + ".txt"),
                        Arrays.copyOf(whole, end)));
            }
            byte[] report = SampleReports.text(SampleReports.XIANNING_2023).getBytes(cs);
            Random random = new Random(cs.name().hashCode());
            for (int i = 0; i < 15; i++) {
                int from = random.nextInt(report.length / 2);
                int to = from + 1 + random.nextInt(report.length - from - 1);
                files.add(Files.write(cuts.resolve("report-" + cs.name() + "-" + from + "-" + to + ".txt"),
                        Arrays.copyOfRange(report, from, to)));
            }
        }
        ImportSummary s = SweepImport.run(store, files);
        long utf8ReportCuts = s.outcomes().stream()
                .filter(o -> o.file().getFileName().toString().startsWith("report-UTF-8"))
                .filter(o -> o.status() == FileOutcome.Status.IMPORTED).count();
        assertEquals(15, utf8ReportCuts, "a UTF-8 report cut at both ends is still a report: " + s.failures());
        long gbReportCuts = s.outcomes().stream()
                .filter(o -> o.file().getFileName().toString().startsWith("report-GB18030"))
                .filter(o -> o.status() == FileOutcome.Status.IMPORTED).count();
        assertEquals(15, gbReportCuts, "a GB18030 report cut at both ends is still a report: " + s.failures());
        for (DocumentSummary d : store.documents().listSummaries()) {
            if (d.fileName().startsWith("report-GB18030")) {
                String text = store.documents().loadText(d.id()).orElseThrow().originalText();
                String middle = text.substring(text.length() / 4, text.length() * 3 / 4);
                assertTrue(SampleReports.text(SampleReports.XIANNING_2023).contains(middle),
                        d.fileName() + " is read as the report it was cut from, not as look-alike characters");
            }
        }
        // What is still refused (a few bytes of a short text) is named, never misread, never a crash.
        for (FileOutcome o : s.failures()) {
            assertTrue(o.message().startsWith("undecodable text"), o.file() + ": " + o.message());
        }
    }

    /** A 20 MB line, 10,000 numbers, 100,000 nested divs: large but real work, done within the limit. */
    @Test
    void hugeButHonestInputsImportWithinTheTimeLimit() throws Exception {
        Path big = Files.createDirectories(dir.resolve("big"));
        Path line = big.resolve("one-line-20mb.txt");
        String flat = SampleReports.text(SampleReports.XIANNING_2023).replaceAll("\\s+", "");
        StringBuilder sb = new StringBuilder(7_000_000);
        while (sb.length() < 20_000_000 / 3) {
            sb.append(flat);
        }
        Files.writeString(line, sb);
        sb.setLength(0);
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            sb.append("第").append(i + 1).append("项：地区生产总值增长").append(random.nextInt(20)).append('.')
                    .append(random.nextInt(10)).append("%。\n");
        }
        Path numbers = Files.writeString(big.resolve("ten-thousand-numbers.txt"), sb);
        sb.setLength(0);
        sb.append("<html><body>").append("<div>".repeat(100_000)).append("地区生产总值增长6.5%")
                .append("</div>".repeat(100_000)).append("</body></html>");
        Path deep = Files.writeString(big.resolve("nested-divs.html"), sb);
        List<Path> files = new ArrayList<>(List.of(line, numbers, deep));
        files.addAll(SampleReports.copyTo(dir.resolve("good")));

        ImportSummary s = SweepImport.run(store, files);
        for (Path f : files) {
            SweepImport.assertImported(s, f);
        }
        long id = SweepImport.byFile(s).get(numbers).documentId();
        assertTrue(store.indicators().findByDocument(id).size() >= 10_000, "every number of the long report is kept");
    }

    /** 20 MB of nothing but numbers is no report: refused by name, quickly, without filling the memory. */
    @Test
    void twentyMegabytesOfNumbersIsRefusedByName() throws Exception {
        StringBuilder sb = new StringBuilder(20_000_000);
        Random random = new Random(11);
        while (sb.length() < 20_000_000) {
            sb.append(random.nextInt(100_000)).append('.').append(random.nextInt(10)).append("%、");
        }
        Path numbers = Files.writeString(Files.createDirectories(dir.resolve("dump")).resolve("numbers.txt"), sb);
        List<Path> files = new ArrayList<>(List.of(numbers));
        files.addAll(SampleReports.copyTo(dir.resolve("good")));

        ImportSummary s = SweepImport.run(store, files);
        FileOutcome dump = SweepImport.byFile(s).get(numbers);
        assertEquals(FileOutcome.Status.FAILED, dump.status());
        assertTrue(dump.message().contains("data dump rather than a report"), dump.message());
        for (Path good : files.subList(1, files.size())) {
            SweepImport.assertImported(s, good);
        }
    }
}
