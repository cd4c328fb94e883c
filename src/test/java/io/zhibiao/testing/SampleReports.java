package io.zhibiao.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sample reports of data/reports, and distinct variants of them for volume tests. */
public final class SampleReports {
    public static final Path DIR = Path.of("data", "reports");
    public static final String XIANNING_2023 = "xianning-2023-work-report.txt";
    public static final String HONGHU_2024 = "honghu-2024-work-report-targets.txt";
    public static final String XIANNING_2024_SUMMARY = "xianning-2024-summary.txt";

    private SampleReports() {
    }

    public static Path path(String name) {
        return DIR.resolve(name);
    }

    public static String text(String name) throws IOException {
        return Files.readString(path(name), StandardCharsets.UTF_8);
    }

    /** Copies the samples into {@code dir}. */
    public static List<Path> copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (String n : List.of(XIANNING_2023, HONGHU_2024, XIANNING_2024_SUMMARY)) {
            out.add(Files.copy(path(n), dir.resolve(n)));
        }
        return out;
    }

    /**
     * Writes {@code count} distinct report files built from the samples: each gets a serial number in
     * a note line, so the content hashes differ while the reports stay realistic.
     */
    public static List<Path> variants(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<String> bases = List.of(text(XIANNING_2023), text(HONGHU_2024), text(XIANNING_2024_SUMMARY));
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path f = dir.resolve(String.format("report-%05d.txt", i));
            Files.writeString(f, bases.get(i % bases.size()) + "\n(编号 " + i + ")\n", StandardCharsets.UTF_8);
            out.add(f);
        }
        return out;
    }
}
