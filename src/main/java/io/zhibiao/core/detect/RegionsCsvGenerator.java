package io.zhibiao.core.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives {@code data/regions.csv} from the china-division gazetteer (provinces.csv, cities.csv,
 * areas.csv). Run from the project root:
 * <pre>java -cp target/classes io.zhibiao.core.detect.RegionsCsvGenerator /work/shared/gazetteer data/regions.csv</pre>
 * Decisions, also written into the file header:
 * <ul>
 *   <li>placeholder prefectures (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划) are not regions;</li>
 *   <li>under a municipality's placeholder (北京市 → 市辖区 → 东城区) the municipality itself is the
 *       prefecture of its districts;</li>
 *   <li>under a 直辖县级 placeholder (湖北 → 仙桃市) the county has no prefecture, only its province;</li>
 *   <li>functional zones (code xxxx7x) keep their full name as short name;</li>
 *   <li>an area whose code equals its prefecture's code (东莞市 441900 listed again as an area) is the
 *       prefecture itself and is dropped.</li>
 * </ul>
 */
public final class RegionsCsvGenerator {

    static final String HEADER =
            "code,name,level,prefecture_code,prefecture_name,province_code,province_name,short_name";

    private RegionsCsvGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RegionsCsvGenerator <gazetteer-dir> <output-csv>");
            System.exit(2);
        }
        List<String> lines = generate(Path.of(args[0]));
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + (lines.size() - commentLines().size() - 1) + " regions to " + args[1]);
    }

    static List<String> generate(Path dir) {
        Map<String, String> provinces = readPairs(dir.resolve("provinces.csv"));
        List<String[]> cities = readRows(dir.resolve("cities.csv"));
        List<String[]> areas = readRows(dir.resolve("areas.csv"));
        List<String> out = new ArrayList<>(commentLines());
        out.add(HEADER);
        for (Map.Entry<String, String> p : provinces.entrySet()) {
            out.add(row(p.getKey() + "0000", p.getValue(), "province", "", "", p.getKey() + "0000", p.getValue()));
        }
        Map<String, String[]> prefectureOfCity = new LinkedHashMap<>();
        for (String[] c : cities) {
            String provinceCode = c[2] + "0000";
            String provinceName = provinces.get(c[2]);
            if (isPlaceholder(c[1])) {
                boolean municipality = provinceName.endsWith("市");
                prefectureOfCity.put(c[0], municipality ? new String[]{provinceCode, provinceName}
                        : new String[]{"", ""});
                continue;
            }
            String code = c[0] + "00";
            prefectureOfCity.put(c[0], new String[]{code, c[1]});
            out.add(row(code, c[1], "prefecture", code, c[1], provinceCode, provinceName));
        }
        for (String[] a : areas) {
            String[] prefecture = prefectureOfCity.get(a[2]);
            if (prefecture == null) {
                throw new IllegalStateException("area " + a[0] + " refers to unknown city " + a[2]);
            }
            if (a[0].equals(prefecture[0])) {
                continue;
            }
            out.add(row(a[0], a[1], "county", prefecture[0], prefecture[1], a[3] + "0000", provinces.get(a[3])));
        }
        return out;
    }

    static boolean isPlaceholder(String cityName) {
        return cityName.equals("市辖区") || cityName.equals("县") || cityName.endsWith("直辖县级行政区划");
    }

    private static List<String> commentLines() {
        return List.of(
                "# Derived from china-division 2.7.0 (provinces/cities/areas.csv) by io.zhibiao.core.detect.RegionsCsvGenerator;",
                "# regenerate: mvn -q compile && java -cp target/classes io.zhibiao.core.detect.RegionsCsvGenerator /work/shared/gazetteer data/regions.csv",
                "# Placeholders 市辖区/县/省直辖县级行政区划 dropped; a municipality is the prefecture of its districts;",
                "# county-level units directly under a province have an empty prefecture; functional zones (xxxx7x) are not shortened.");
    }

    private static String row(String code, String name, String level, String prefCode, String prefName,
                              String provCode, String provName) {
        return String.join(",", code, name, level, prefCode, prefName, provCode, provName, shortName(code, name, level));
    }

    /**
     * Functional zones (codes xxxx7x: 兰州新区, 长春高新技术产业开发区) are not cut down: their short form would be
     * their city's name (兰州) and steal its mentions.
     */
    static String shortName(String code, String name, String level) {
        boolean functionalZone = level.equals("county") && code.charAt(4) == '7';
        return functionalZone ? name : ShortNames.of(name);
    }

    private static Map<String, String> readPairs(Path file) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] r : readRows(file)) {
            map.put(r[0], r[1]);
        }
        return map;
    }

    private static List<String[]> readRows(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].replace("\"", "").trim();
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer file " + file, e);
        }
    }
}
