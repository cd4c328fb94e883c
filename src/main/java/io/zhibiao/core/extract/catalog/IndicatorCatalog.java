package io.zhibiao.core.extract.catalog;

import io.zhibiao.core.dictionary.PhraseTrie;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator catalog (data/indicators.csv, read by {@link CatalogCsv}): code, name_zh, name_en, aliases
 * (|-separated), category, measures (|-separated) and optional typical units. Names are matched to codes by
 * longest alias; a code given twice or a phrase standing for two indicators is refused with both places.
 * Immutable and thread-safe.
 */
public final class IndicatorCatalog {
    public static final String RESOURCE = "/data/indicators.csv";
    /**
     * The reserved code of the row whose aliases are phrases that name no indicator (an analyst rejected a
     * figure as "not an indicator"). They are matched like any alias, so a longer alias still wins, and a
     * value whose subject is one of them is left out; the row is no indicator of {@link #entries()}.
     */
    public static final String NOT_AN_INDICATOR = "NOT_AN_INDICATOR";

    private final Map<String, CatalogEntry> byCode;
    private final List<CatalogEntry> entries;
    private final Map<String, Integer> positions = new java.util.HashMap<>();
    private final PhraseTrie<CatalogEntry> trie = new PhraseTrie<>();
    private final List<String> notIndicatorPhrases;

    private IndicatorCatalog(List<CatalogEntry> entries, CatalogPlaces places) {
        Map<String, CatalogEntry> map = new LinkedHashMap<>();
        List<String> notIndicators = new ArrayList<>();
        for (CatalogEntry e : entries) {
            if (isNotAnIndicator(e)) {
                notIndicators.addAll(e.aliases());
                continue;
            }
            if (map.putIfAbsent(e.code(), e) != null) {
                throw new CatalogException("The indicator code " + e.code() + " is given twice: "
                        + places.of(e.code(), null));
            }
        }
        refuseSharedPhrases(entries, places);
        for (CatalogEntry e : entries) {
            if (!isNotAnIndicator(e)) {
                trie.add(e.nameZh(), e);
            }
            for (String a : e.aliases()) {
                trie.add(a, e);
            }
        }
        this.notIndicatorPhrases = List.copyOf(notIndicators);
        this.byCode = Collections.unmodifiableMap(map);
        this.entries = List.copyOf(map.values());
        for (int i = 0; i < this.entries.size(); i++) {
            positions.put(this.entries.get(i).code(), i);
        }
    }

    /**
     * A phrase (Chinese name or alias, compared as the matcher compares it: case and width folded) that
     * stands for two indicators would silently go to whichever came first: refused, naming both places.
     */
    private static void refuseSharedPhrases(List<CatalogEntry> entries, CatalogPlaces places) {
        Map<String, CatalogEntry> owner = new java.util.HashMap<>();
        Map<String, String> spelled = new java.util.HashMap<>();
        for (CatalogEntry e : entries) {
            List<String> phrases = new ArrayList<>();
            if (!isNotAnIndicator(e)) {
                phrases.add(e.nameZh());
            }
            phrases.addAll(e.aliases());
            for (String phrase : phrases) {
                String key = PhraseTrie.fold(phrase);
                CatalogEntry other = owner.putIfAbsent(key, e);
                if (other != null && !other.code().equals(e.code())) {
                    String first = spelled.get(key);
                    throw new CatalogException("The alias '" + phrase + "' stands for two indicators: "
                            + other.code() + " ('" + first + "', " + places.of(other.code(), first) + ") and "
                            + e.code() + " (" + places.of(e.code(), phrase) + ")");
                }
                spelled.putIfAbsent(key, phrase);
            }
        }
    }

    /** The catalog bundled in the jar. */
    public static IndicatorCatalog loadDefault() {
        return of(readBundled());
    }

    /** The bundled catalog's rows, each with its line. */
    public static List<CatalogRow> readBundled() {
        try (InputStream in = IndicatorCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Indicator catalog resource " + RESOURCE + " is missing from the classpath");
            }
            return CatalogCsv.readWhole(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read indicator catalog " + RESOURCE, e);
        }
    }

    /** A catalog an analyst edited, read from a file in the bundled catalog's columns. */
    public static IndicatorCatalog load(Path csv) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return parse(r, csv.toString());
        } catch (IOException e) {
            throw new CatalogException(csv + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public static IndicatorCatalog parse(Reader reader, String source) {
        return of(CatalogCsv.readWhole(reader, source));
    }

    /** The catalog of whole rows read from one file: a code given twice is named with both lines. */
    public static IndicatorCatalog of(List<CatalogRow> rows) {
        Map<String, CatalogPlace> rowPlaces = new java.util.HashMap<>();
        List<CatalogEntry> entries = new ArrayList<>(rows.size());
        for (CatalogRow r : rows) {
            CatalogPlace before = rowPlaces.putIfAbsent(r.entry().code(), r.place());
            if (before != null) {
                throw new CatalogException("The indicator code " + r.entry().code() + " is given twice: "
                        + before + " and " + r.place());
            }
            entries.add(r.entry());
        }
        return new IndicatorCatalog(entries, (code, phrase) -> rowPlaces.get(code));
    }

    /** Entries whose places are known phrase by phrase (a catalog merged from several files). */
    public static IndicatorCatalog of(List<CatalogEntry> entries, CatalogPlaces places) {
        return new IndicatorCatalog(entries, places);
    }

    public static boolean isNotAnIndicator(CatalogEntry e) {
        return NOT_AN_INDICATOR.equals(e.code());
    }

    /** The phrases that name no indicator, in the order given. */
    public List<String> notIndicatorPhrases() {
        return notIndicatorPhrases;
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
