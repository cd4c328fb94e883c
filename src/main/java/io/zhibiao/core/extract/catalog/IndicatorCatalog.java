package io.zhibiao.core.extract.catalog;

import io.zhibiao.core.dictionary.PhraseTrie;

import io.zhibiao.core.model.Measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indicator catalog (data/indicators.csv): code, name_zh, name_en, aliases (|-separated), category,
 * measures (|-separated) and optional typical units. Names are matched to codes by longest alias.
 * Immutable and thread-safe.
 */
public final class IndicatorCatalog {
    public static final String RESOURCE = "/data/indicators.csv";

    private final Map<String, CatalogEntry> byCode;
    private final List<CatalogEntry> entries;
    private final Map<String, Integer> positions = new java.util.HashMap<>();
    private final PhraseTrie<CatalogEntry> trie = new PhraseTrie<>();

    private IndicatorCatalog(List<CatalogEntry> entries) {
        Map<String, CatalogEntry> map = new LinkedHashMap<>();
        for (CatalogEntry e : entries) {
            if (map.putIfAbsent(e.code(), e) != null) {
                throw new IllegalArgumentException("Indicator catalog: duplicate code " + e.code());
            }
        }
        // the official name first, so a name shared with another entry's alias keeps its own code
        for (CatalogEntry e : entries) {
            trie.add(e.nameZh(), e);
        }
        for (CatalogEntry e : entries) {
            for (String a : e.aliases()) {
                trie.add(a, e);
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
        this.entries = List.copyOf(map.values());
        for (int i = 0; i < this.entries.size(); i++) {
            positions.put(this.entries.get(i).code(), i);
        }
    }

    /** The catalog bundled in the jar. */
    public static IndicatorCatalog loadDefault() {
        try (InputStream in = IndicatorCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Indicator catalog resource " + RESOURCE + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read indicator catalog " + RESOURCE, e);
        }
    }

    /** A catalog an analyst edited, read from a file. */
    public static IndicatorCatalog load(Path csv) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return parse(r, csv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read indicator catalog " + csv, e);
        }
    }

    public static IndicatorCatalog parse(Reader reader, String source) throws IOException {
        BufferedReader br = new BufferedReader(reader);
        List<CatalogEntry> entries = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = br.readLine()) != null) {
            lineNo++;
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#") || (lineNo == 1 && line.startsWith("code,"))) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length < 6) {
                throw new IllegalArgumentException(source + " line " + lineNo
                        + ": expected at least 6 columns (code,name_zh,name_en,aliases,category,measures), found " + f.length);
            }
            String code = f[0].trim();
            if (code.isEmpty() || f[1].isBlank()) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": code and name_zh are required");
            }
            Set<Measure> measures = EnumSet.noneOf(Measure.class);
            for (String m : split(f[5])) {
                try {
                    measures.add(Measure.fromId(m));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(source + " line " + lineNo + ": unknown measure '" + m
                            + "' (use growth, level or rate)");
                }
            }
            if (measures.isEmpty()) {
                measures.add(Measure.LEVEL);
            }
            Set<String> units = f.length > 6 ? new LinkedHashSet<>(split(f[6])) : Set.of();
            entries.add(new CatalogEntry(code, f[1].trim(), f[2].trim(), split(f[3]), f[4].trim(),
                    Collections.unmodifiableSet(measures), Collections.unmodifiableSet(units)));
        }
        return new IndicatorCatalog(entries);
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return List.copyOf(out);
    }

    public Optional<CatalogEntry> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    /** Where the code stands in the catalog's order (the order tables list indicators in), or -1. */
    public int position(String code) {
        return positions.getOrDefault(code, -1);
    }

    /** The code for a whole name (exact alias match), e.g. 规上工业增加值 -> IND_VA. */
    public Optional<CatalogEntry> lookup(String name) {
        AliasMatch m = trie.longestAt(name, 0, name.length(), AliasMatch::new);
        return m != null && m.end() == name.length() ? Optional.of(m.entry()) : Optional.empty();
    }

    /** Leftmost-longest alias matches inside [from, to) of {@code text}. */
    public List<AliasMatch> findAll(CharSequence text, int from, int to) {
        return trie.findAll(text, from, to, AliasMatch::new);
    }

    /** The longest alias starting exactly at {@code from}. */
    public AliasMatch matchAt(CharSequence text, int from, int to) {
        return trie.longestAt(text, from, to, AliasMatch::new);
    }

    public int size() {
        return byCode.size();
    }

    @Override
    public String toString() {
        return "IndicatorCatalog" + Arrays.toString(byCode.keySet().toArray());
    }
}
