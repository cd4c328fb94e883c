package io.zhibiao.core.detect;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.RegionLevel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national gazetteer: every province, prefecture and county-level unit with its parents, loaded from the
 * classpath resource {@code /data/regions.csv} (see {@link RegionsCsvGenerator}). Immutable and thread-safe.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/data/regions.csv";

    private static volatile Gazetteer bundled;

    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, String> shortNameByCode = new HashMap<>();
    private final Map<String, List<Region>> byName = new HashMap<>();
    private final Map<String, List<Region>> byShortName = new HashMap<>();
    private final Map<String, List<Region>> childrenByCode = new HashMap<>();
    private final Map<String, List<Region>> byAlias = new HashMap<>();

    /** The gazetteer bundled with the application, loaded once. */
    public static Gazetteer load() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (bundled == null) {
                    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
                        }
                        bundled = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                }
                g = bundled;
            }
        }
        return g;
    }

    /** Reads a regions CSV in the format written by {@link RegionsCsvGenerator}; lines starting with # are comments. */
    public static Gazetteer read(InputStream in) throws IOException {
        Gazetteer g = new Gazetteer();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        boolean headerSeen = false;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                continue;
            }
            String[] c = line.split(",", -1);
            if (c.length != 8) {
                throw new IllegalArgumentException("regions CSV line " + lineNo + ": expected 8 columns, got " + c.length);
            }
            Region r = new Region(c[0], c[1], RegionLevel.fromId(c[2]), blankToNull(c[3]), blankToNull(c[4]), c[5], c[6]);
            g.add(r, c[7].isEmpty() ? c[1] : c[7]);
        }
        g.freeze();
        return g;
    }

    private void add(Region r, String shortName) {
        byCode.put(r.code(), r);
        shortNameByCode.put(r.code(), shortName);
        byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
        if (!shortName.equals(r.name())) {
            byShortName.computeIfAbsent(shortName, k -> new ArrayList<>()).add(r);
        }
        String alias = alias(r.name(), shortName);
        if (alias != null) {
            byAlias.computeIfAbsent(alias, k -> new ArrayList<>()).add(r);
        }
        String parent = parentCode(r);
        if (parent != null) {
            childrenByCode.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
        }
    }

    private void freeze() {
        byName.replaceAll((k, v) -> List.copyOf(v));
        byShortName.replaceAll((k, v) -> List.copyOf(v));
        byAlias.replaceAll((k, v) -> List.copyOf(v));
        childrenByCode.replaceAll((k, v) -> List.copyOf(v));
    }

    public Region byCode(String code) {
        return byCode.get(code);
    }

    /** Regions whose full name is exactly {@code name} (兴山县 → one; 朝阳区 → several). */
    public List<Region> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Regions whose short name is {@code shortName} (兴山 → 兴山县 and 兴山区; 吉林 → 吉林省 and 吉林市). */
    public List<Region> byShortName(String shortName) {
        return byShortName.getOrDefault(shortName, List.of());
    }

    /**
     * The everyday form of autonomous units: 恩施州 for 恩施土家族苗族自治州, 长阳县 for 长阳土家族自治县;
     * null for other regions.
     */
    static String alias(String name, String shortName) {
        for (String suffix : new String[]{"自治州", "自治县", "自治旗"}) {
            String alias = shortName + suffix.charAt(2);
            if (name.endsWith(suffix) && !alias.equals(name)) {
                return alias;
            }
        }
        return null;
    }

    /** Regions whose everyday alias is {@code alias} (恩施州). */
    public List<Region> byAlias(String alias) {
        return byAlias.getOrDefault(alias, List.of());
    }

    /** All aliases, for building matchers. */
    public java.util.Set<String> aliases() {
        return Collections.unmodifiableSet(byAlias.keySet());
    }

    /** Full-name matches first, then aliases, then short-name matches. */
    public List<Region> lookup(String nameOrShortName) {
        List<Region> out = new ArrayList<>(byName(nameOrShortName));
        List<Region> more = new ArrayList<>(byAlias(nameOrShortName));
        more.addAll(byShortName(nameOrShortName));
        for (Region r : more) {
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    public String shortName(Region r) {
        return shortNameByCode.getOrDefault(r.code(), r.name());
    }

    /** The direct parent: the prefecture of a county (or its province when there is none), the province of a prefecture. */
    public Region parent(Region r) {
        String code = parentCode(r);
        return code == null ? null : byCode.get(code);
    }

    public List<Region> children(Region r) {
        return childrenByCode.getOrDefault(r.code(), List.of());
    }

    /** True when {@code ancestor} is a parent or grandparent of {@code r}. */
    public boolean isAncestor(Region ancestor, Region r) {
        for (Region p = parent(r); p != null; p = parent(p)) {
            if (p.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }

    public Collection<Region> all() {
        return Collections.unmodifiableCollection(byCode.values());
    }

    public int size() {
        return byCode.size();
    }

    private static String parentCode(Region r) {
        return switch (r.level()) {
            case PROVINCE -> null;
            case PREFECTURE -> r.provinceCode();
            case COUNTY -> r.prefectureCode() != null ? r.prefectureCode() : r.provinceCode();
        };
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
