package io.zhibiao.core.detect;

import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.model.Region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every gazetteer name (full and short) in a text in one pass over it, with the one dictionary matcher
 * of Zhibiao ({@link PhraseTrie}) built once over all ~6,000 names (full names, everyday aliases such as 恩施州,
 * short names). Overlapping hits are resolved leftmost-longest, so 咸宁市 is one full-name mention rather than
 * 咸宁市 plus 咸宁, and 长春高新技术产业开发区 is not also counted as 长春.
 */
public final class NameMatcher {

    /** One occurrence of a name; {@code candidates} are all regions carrying that name. */
    public record Mention(int start, int end, String surface, boolean fullName, List<Region> candidates) {
    }

    private record Pattern(String surface, boolean fullName, List<Region> regions) {
    }

    private final PhraseTrie<Pattern> names = new PhraseTrie<>();

    public NameMatcher(Gazetteer gazetteer) {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (Region r : gazetteer.all()) {
            patterns.computeIfAbsent(r.name(), n -> new Pattern(n, true, gazetteer.byName(n)));
        }
        for (String alias : gazetteer.aliases()) {
            List<Region> regions = new ArrayList<>(gazetteer.byName(alias));
            regions.addAll(gazetteer.byAlias(alias));
            patterns.put(alias, new Pattern(alias, true, List.copyOf(regions)));
        }
        for (Region r : gazetteer.all()) {
            String shortName = gazetteer.shortName(r);
            if (!patterns.containsKey(shortName)) {
                patterns.put(shortName, new Pattern(shortName, false, gazetteer.byShortName(shortName)));
            }
        }
        patterns.values().forEach(p -> names.add(p.surface(), p));
    }

    /** All mentions, non-overlapping, in text order. */
    public List<Mention> find(String text) {
        return names.findAll(text, 0, text.length(),
                (p, start, end) -> new Mention(start, end, p.surface(), p.fullName(), p.regions()));
    }
}
