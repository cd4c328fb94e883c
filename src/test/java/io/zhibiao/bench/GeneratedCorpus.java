package io.zhibiao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reproducible corpus at scale built from the sample reports: each file moves the report to another
 * prefecture of the gazetteer, to another year, and jitters its decimal numbers, so every document is
 * distinct (own hash, own values) while keeping the real layout and density of indicators.
 */
final class GeneratedCorpus {
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern YEAR = Pattern.compile("20(1\\d|2[0-6])年");

    private GeneratedCorpus() {
    }

    static List<Path> write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        List<String> bases = new ArrayList<>();
        try (var files = Files.list(Path.of("data", "reports"))) {
            for (Path p : files.sorted().toList()) {
                bases.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        List<String[]> prefectures = prefectures();
        Random random = new Random(seed);
        List<Path> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String base = bases.get(i % bases.size());
            String[] place = prefectures.get(random.nextInt(prefectures.size()));
            int yearShift = random.nextInt(8) - 6;
            String text = base.replace("咸宁", place[0]).replace("洪湖", place[0]).replace("湖北", place[1]);
            text = shiftYears(text, yearShift);
            text = jitter(text, random);
            Path f = dir.resolve(String.format("%05d-%s.txt", i, place[0]));
            Files.writeString(f, text, StandardCharsets.UTF_8);
            out.add(f);
        }
        return out;
    }

    /** Short names of prefectures with their province's short name, from data/regions.csv. */
    private static List<String[]> prefectures() throws IOException {
        List<String[]> list = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("data", "regions.csv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("code,")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length > 7 && "prefecture".equals(f[2])) {
                String province = f[6].replaceAll("(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$", "");
                list.add(new String[]{f[7], province});
            }
        }
        return list;
    }

    private static String shiftYears(String text, int shift) {
        Matcher m = YEAR.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            int year = Integer.parseInt(m.group().substring(0, 4)) + shift;
            m.appendReplacement(sb, year + "年");
        }
        return m.appendTail(sb).toString();
    }

    /** Every decimal number scaled by a random factor of 0.8 to 1.2, keeping its number of decimals. */
    static String jitter(String text, Random random) {
        Matcher m = DECIMAL.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String s = m.group();
            int decimals = s.length() - s.indexOf('.') - 1;
            double v = Double.parseDouble(s) * (0.8 + 0.4 * random.nextDouble());
            m.appendReplacement(sb, String.format("%." + decimals + "f", v));
        }
        return m.appendTail(sb).toString();
    }
}
