package io.zhibiao.core.detect;

import io.zhibiao.core.model.Region;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every gazetteer name (full and short) in a text in one pass, with an Aho–Corasick automaton built once
 * over all ~6,000 names (full names, everyday aliases such as 恩施州, short names). Overlapping hits are resolved leftmost-longest, so 咸宁市 is one full-name mention rather
 * than 咸宁市 plus 咸宁, and 长春高新技术产业开发区 is not also counted as 长春.
 */
public final class NameMatcher {

    /** One occurrence of a name; {@code candidates} are all regions carrying that name. */
    public record Mention(int start, int end, String surface, boolean fullName, List<Region> candidates) {
    }

    private record Pattern(String surface, boolean fullName, List<Region> regions) {
    }

    /** goto function: key = node << 16 | char, in a primitive table so matching does not box. */
    private final TransitionTable transitions = new TransitionTable();
    private final List<Integer> fail = new ArrayList<>();
    private final List<Pattern> outputAt = new ArrayList<>();
    /** Next node on the fail chain that has an output, or -1. */
    private final List<Integer> dictLink = new ArrayList<>();
    /** Characters occurring in any name: any other character sends the automaton straight back to the root. */
    private final java.util.BitSet nameChars = new java.util.BitSet(1 << 16);
    private int[] failArr;
    private int[] dictArr;
    private Pattern[] outputArr;

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
        newNode();
        for (Pattern p : patterns.values()) {
            insert(p);
        }
        buildFailLinks();
        failArr = fail.stream().mapToInt(Integer::intValue).toArray();
        dictArr = dictLink.stream().mapToInt(Integer::intValue).toArray();
        outputArr = outputAt.toArray(new Pattern[0]);
    }

    private int newNode() {
        fail.add(0);
        outputAt.add(null);
        dictLink.add(-1);
        return fail.size() - 1;
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }

    private void insert(Pattern p) {
        int node = 0;
        for (int i = 0; i < p.surface().length(); i++) {
            nameChars.set(p.surface().charAt(i));
            long k = key(node, p.surface().charAt(i));
            int next = transitions.get(k);
            if (next < 0) {
                next = newNode();
                transitions.put(k, next);
            }
            node = next;
        }
        outputAt.set(node, p);
    }

    private void buildFailLinks() {
        Map<Integer, List<long[]>> childrenOf = new HashMap<>();
        transitions.forEach((k, v) -> childrenOf.computeIfAbsent((int) (k >>> 16), x -> new ArrayList<>())
                .add(new long[]{k & 0xFFFF, v}));
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (long[] child : childrenOf.getOrDefault(node, List.of())) {
                char c = (char) child[0];
                int target = (int) child[1];
                int f = node == 0 ? 0 : step(fail.get(node), c);
                fail.set(target, f);
                dictLink.set(target, outputAt.get(f) != null ? f : dictLink.get(f));
                queue.add(target);
            }
        }
    }

    private int step(int node, char c) {
        while (true) {
            int next = transitions.get(key(node, c));
            if (next >= 0) {
                return next;
            }
            if (node == 0) {
                return 0;
            }
            node = failArr != null ? failArr[node] : fail.get(node);
        }
    }

    /** All mentions, non-overlapping, in text order. */
    public List<Mention> find(String text) {
        List<Mention> all = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!nameChars.get(c)) {
                node = 0;
                continue;
            }
            node = step(node, c);
            for (int n = outputArr[node] != null ? node : dictArr[node]; n > 0; n = dictArr[n]) {
                Pattern p = outputArr[n];
                int start = i + 1 - p.surface().length();
                all.add(new Mention(start, i + 1, p.surface(), p.fullName(), p.regions()));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        List<Mention> chosen = new ArrayList<>();
        int coveredUntil = 0;
        for (Mention m : all) {
            if (m.start() >= coveredUntil) {
                chosen.add(m);
                coveredUntil = m.end();
            }
        }
        return chosen;
    }
}
