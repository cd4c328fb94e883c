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
 * The corpus of the scale benchmark: like {@link GeneratedCorpus}, the sample reports (two work reports
 * and a summary, so all kinds occur) moved to other places, years and numbers, but spread over every
 * prefecture and county of the gazetteer and over the report years 2010-2025, as a decade-long research
 * corpus is. Deterministic for a seed: file i is the same whatever the count, so the first 1,000 files of
 * a 10,000-file corpus are the 1,000-file corpus.
 */
final class ScaleCorpus {
    /** Bump when the generated texts change, so cached stores built from older texts are not reused. */
    static final int VERSION = 1;

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])20[0-3]\\d(?=年)");

    private final List<String> bases = new ArrayList<>();
    private final List<Integer> baseYears = new ArrayList<>();
    private final List<String[]> places;

    ScaleCorpus() throws IOException {
        try (var files = Files.list(Path.of("data", "reports"))) {
            for (Path p : files.sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                bases.add(text);
                Matcher y = Pattern.compile("20\\d\\d").matcher(p.getFileName().toString());
                baseYears.add(y.find() ? Integer.parseInt(y.group()) : 2024);
            }
        }
        places = places();
    }

    /** Writes files {@code from} (inclusive) to {@code to} (exclusive) of the corpus of this seed. */
    List<Path> write(Path dir, int from, int to, long seed) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            int b = i % bases.size();
            String[] place = places.get(random.nextInt(places.size()));
            int year = 2010 + random.nextInt(16);
            String text = bases.get(b)
                    .replace("咸宁市", place[0]).replace("洪湖市", place[0])
                    .replace("咸宁", place[1]).replace("洪湖", place[1]).replace("湖北", place[2]);
            text = shiftYears(text, year - baseYears.get(b));
            text = GeneratedCorpus.jitter(text, random);
            Path f = dir.resolve(String.format("%05d-%s-%d.txt", i, place[1], year));
            Files.writeString(f, text, StandardCharsets.UTF_8);
            out.add(f);
        }
        return out;
    }

    /** Full name, short name and province short name of every prefecture and county, from data/regions.csv. */
    private static List<String[]> places() throws IOException {
        List<String[]> list = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("data", "regions.csv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("code,")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length > 7 && ("prefecture".equals(f[2]) || "county".equals(f[2])) && !f[7].isEmpty()) {
                String province = f[6].replaceAll("(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$", "");
                list.add(new String[]{f[1], f[7], province});
            }
        }
        return list;
    }

    private static String shiftYears(String text, int shift) {
        Matcher m = YEAR.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, String.valueOf(Integer.parseInt(m.group()) + shift));
        }
        return m.appendTail(sb).toString();
    }
}
