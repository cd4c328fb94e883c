package io.zhibiao.core.extract.number;

import io.zhibiao.testing.ReadmeFigure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the Microsoft Recognizers-Text Chinese number specs (shared/conformance/recognizers-text-zh) against
 * {@link NumberRecognizer}. A case passes when the recognizer finds exactly the expected spans with the expected
 * values (compared numerically). Rates go to target/conformance-report.txt, failing cases to
 * target/conformance-failures-MODEL.txt. Each model is held to the
 * README's figure (section "Quality, measured") less two points.
 */
class RecognizersTextConformanceTest {

    private static final Map<String, ConformanceScore> SCORES = new LinkedHashMap<>();
    private static Path suite;

    private final NumberRecognizer recognizer = new NumberRecognizer();

    @BeforeAll
    static void locateSuite() {
        String shared = System.getProperty("zhibiao.shared");
        suite = shared == null ? null : Path.of(shared, "conformance", "recognizers-text-zh");
    }

    /**
     * Cases left out of the count on purpose, each with its reason. They describe usage that never occurs in
     * government reports or that reports deliberately treat differently.
     */
    private static String exclusionReason(String model, ConformanceCase c) {
        if (!model.equals("PercentModel")) {
            return null;
        }
        if (c.input().contains("对折") || c.input().contains("對折")) {
            return "shop discount idiom 打对折 (half price): never in government reports";
        }
        String squeezed = c.input().replaceAll("\\s+", "");
        if (squeezed.contains("百分点") || squeezed.contains("百分點")) {
            return "个百分点 are percentage points, kept apart from percentages in reports";
        }
        return null;
    }

    @Test
    void numberModel() throws IOException {
        ConformanceScore score = run("NumberModel", (c) -> {
            List<String[]> got = new ArrayList<>();
            for (RecognizedNumber r : recognizer.numbers(c.input())) {
                got.add(new String[] {String.valueOf(r.start()), String.valueOf(r.end()), Double.toString(r.value())});
            }
            return got;
        });
        ReadmeFigure.holds("NumberModel", 356, 365, score.passed, score.counted);
    }

    @Test
    void percentModel() throws IOException {
        ConformanceScore score = run("PercentModel", (c) -> {
            List<String[]> got = new ArrayList<>();
            for (RecognizedNumber r : recognizer.percents(c.input())) {
                got.add(new String[] {String.valueOf(r.start()), String.valueOf(r.end()), Double.toString(r.value())});
            }
            return got;
        });
        ReadmeFigure.holds("PercentModel", 101, 102, score.passed, score.counted);
    }

    /** The percentage-point cases left out of PercentModel, checked against percentagePoints() instead. */
    @Test
    void percentagePointCasesOfPercentModel() throws IOException {
        Path file = suite == null ? null : suite.resolve("PercentModel.json");
        assumeTrue(file != null && Files.isRegularFile(file), "conformance suite not available");
        ConformanceScore score = new ConformanceScore("PercentModel:百分点");
        for (ConformanceCase c : ConformanceCase.load(file)) {
            String reason = exclusionReason("PercentModel", c);
            if (reason == null || !reason.contains("百分点")) {
                continue;
            }
            score.counted++;
            List<String[]> got = new ArrayList<>();
            for (RecognizedNumber r : recognizer.percentagePoints(c.input())) {
                got.add(new String[] {String.valueOf(r.start()), String.valueOf(r.end()), Double.toString(r.value())});
            }
            if (matches(c.results(), got)) {
                score.passed++;
            } else {
                score.failures.add(describe(c, got));
            }
        }
        record(score);
        ReadmeFigure.holds("percentage points", 46, 46, score.passed, score.counted);
    }

    @Test
    void numberRangeModel() throws IOException {
        ConformanceScore score = run("NumberRangeModel", (c) -> {
            List<String[]> got = new ArrayList<>();
            for (RecognizedRange r : recognizer.ranges(c.input())) {
                got.add(new String[] {String.valueOf(r.start()), String.valueOf(r.end()), r.interval()});
            }
            return got;
        });
        ReadmeFigure.holds("NumberRangeModel", 63, 65, score.passed, score.counted);
    }

    private interface Runner {
        List<String[]> run(ConformanceCase c);
    }

    private ConformanceScore run(String model, Runner runner) throws IOException {
        Path file = suite == null ? null : suite.resolve(model + ".json");
        assumeTrue(file != null && Files.isRegularFile(file), "conformance suite not available");
        ConformanceScore score = new ConformanceScore(model);
        for (ConformanceCase c : ConformanceCase.load(file)) {
            String reason = exclusionReason(model, c);
            if (reason != null) {
                score.excluded++;
                continue;
            }
            score.counted++;
            List<String[]> got = runner.run(c);
            if (matches(c.results(), got)) {
                score.passed++;
            } else {
                score.failures.add(describe(c, got));
            }
        }
        record(score);
        return score;
    }

    private static void record(ConformanceScore score) throws IOException {
        SCORES.put(score.model, score);
        System.out.println("[conformance] " + score.summary());
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("conformance-failures-" + score.model.replace(':', '-') + ".txt"), score.failures,
                StandardCharsets.UTF_8);
    }

    private static boolean matches(List<ConformanceCase.Expected> expected, List<String[]> got) {
        if (expected.size() != got.size()) {
            return false;
        }
        for (int k = 0; k < expected.size(); k++) {
            ConformanceCase.Expected e = expected.get(k);
            String[] g = got.get(k);
            if (e.start() != Integer.parseInt(g[0]) || e.end() != Integer.parseInt(g[1]) || !sameValue(e.value(), g[2])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValue(String expected, String actual) {
        Double e = ConformanceScore.number(expected);
        Double a = ConformanceScore.number(actual);
        if (e != null && a != null) {
            return ConformanceScore.sameNumber(e, a);
        }
        return expected.equals(actual) || intervalsEqual(expected, actual);
    }

    private static boolean intervalsEqual(String expected, String actual) {
        RecognizedRange parsed = parseInterval(actual);
        return parsed != null && ConformanceScore.sameInterval(expected, parsed);
    }

    private static RecognizedRange parseInterval(String s) {
        int comma = s.indexOf(',');
        if (s.length() < 3 || comma < 0) {
            return null;
        }
        Double lo = ConformanceScore.number(s.substring(1, comma));
        Double hi = ConformanceScore.number(s.substring(comma + 1, s.length() - 1));
        return new RecognizedRange(0, 0, s, lo, hi, s.charAt(0) == '[', s.charAt(s.length() - 1) == ']', false);
    }

    private static String describe(ConformanceCase c, List<String[]> got) {
        StringBuilder sb = new StringBuilder(c.input()).append("\n  expected:");
        for (ConformanceCase.Expected e : c.results()) {
            sb.append(' ').append(e.text()).append('=').append(e.value()).append('@').append(e.start()).append('-').append(e.end());
        }
        sb.append("\n  got:     ");
        for (String[] g : got) {
            sb.append(' ').append(c.input(), Integer.parseInt(g[0]), Integer.parseInt(g[1])).append('=').append(g[2])
                    .append('@').append(g[0]).append('-').append(g[1]);
        }
        if (!c.notSupported().isEmpty()) {
            sb.append("\n  (upstream NotSupported: ").append(c.notSupported()).append(')');
        }
        return sb.toString();
    }

    @AfterAll
    static void writeReport() throws IOException {
        if (SCORES.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("Microsoft Recognizers-Text Chinese specs, value-resolution pass rate (exact spans, numeric values)");
        lines.add("excluded: PercentModel 打对折 shop discounts and 个百分点 cases (percentage points, scored separately"
                + " against percentagePoints() as PercentModel:百分点)");
        for (ConformanceScore s : SCORES.values()) {
            lines.add(s.summary());
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("conformance-report.txt"), lines, StandardCharsets.UTF_8);
    }
}
