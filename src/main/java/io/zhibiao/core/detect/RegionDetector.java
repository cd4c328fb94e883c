package io.zhibiao.core.detect;

import io.zhibiao.core.model.Detected;
import io.zhibiao.core.model.PortalMetadata;
import io.zhibiao.core.model.Region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which region a report is about. Every gazetteer name found in the text, title, portal metadata and
 * file name is evidence for the regions carrying it; the evidence is scored (see {@link RegionEvidence}) and the
 * best-scoring region wins, with a confidence derived from its lead over the runner-up.
 */
public final class RegionDetector {

    /** Characters from the start that count as title, dateline and opening paragraph. */
    static final int HEAD_LENGTH = 400;

    private final Gazetteer gazetteer;
    private final NameMatcher matcher;

    public RegionDetector(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.matcher = new NameMatcher(gazetteer);
    }

    /** A region with its score and how the score came about, for showing the analyst the alternatives. */
    public record Candidate(Region region, double score, String explanation) {
    }

    /** True for the national report (我代表国务院), which is about no region of the gazetteer. */
    public static boolean isNationalReport(String text) {
        return text != null && SubjectCues.isNational(text.substring(0, Math.min(text.length(), HEAD_LENGTH)));
    }

    public Detected<Region> detect(String text, String title, PortalMetadata metadata, String fileName) {
        if (isNationalReport(text)) {
            return Detected.none();
        }
        List<Candidate> ranked = rank(text, title, metadata, fileName);
        if (ranked.isEmpty()) {
            return Detected.none();
        }
        double best = ranked.get(0).score();
        double second = ranked.size() > 1 ? Math.max(0, ranked.get(1).score()) : 0;
        if (best <= 0) {
            return Detected.none();
        }
        double lead = (best - second) / best;
        double strength = Math.min(best, 16) / 16;
        double confidence = Math.max(0.05, Math.min(0.99, 0.6 * lead + 0.4 * strength));
        return new Detected<>(ranked.get(0).region(), round(confidence));
    }

    /** All regions with any evidence, best first. */
    public List<Candidate> rank(String text, String title, PortalMetadata metadata, String fileName) {
        String body = text == null ? "" : text;
        List<NameMatcher.Mention> mentions = matcher.find(body);
        Map<String, RegionEvidence> evidence = new HashMap<>();
        Map<String, Set<String>> surfacesByCode = surfacesByCode(mentions);

        for (NameMatcher.Mention m : mentions) {
            Map<Region, Double> shares = shares(m, surfacesByCode);
            double base = m.fullName() ? 1.0 : 0.7;
            double subject = SubjectCues.subjectWeight(body, m.start(), m.end());
            boolean superior = m.fullName() && SubjectCues.superiorPosition(body, m.end());
            for (Map.Entry<Region, Double> s : shares.entrySet()) {
                RegionEvidence e = evidence.computeIfAbsent(s.getKey().code(), k -> new RegionEvidence(s.getKey()));
                e.frequency += base * s.getValue();
                e.subject += subject * s.getValue();
                if (m.start() < HEAD_LENGTH) {
                    e.head += s.getValue();
                }
                if (superior) {
                    e.superior += s.getValue();
                }
            }
        }
        addLabelEvidence(evidence, title, surfacesByCode, 6, Field.TITLE);
        if (metadata != null) {
            addLabelEvidence(evidence, metadata.name(), surfacesByCode, 6, Field.TITLE);
            addLabelEvidence(evidence, metadata.publisher(), surfacesByCode, 5, Field.PUBLISHER);
        }
        addLabelEvidence(evidence, fileStem(fileName), surfacesByCode, 4, Field.HINT);

        Map<String, Integer> units = SubjectCues.unitCounts(body);
        String dominantUnit = units.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).orElse(null);

        Set<String> mentioned = evidence.keySet();
        List<Candidate> out = new ArrayList<>();
        for (RegionEvidence e : evidence.values()) {
            e.children = (int) gazetteer.children(e.region).stream().filter(c -> mentioned.contains(c.code())).count();
            e.ancestorMentioned = hasMentionedAncestor(e.region, mentioned);
            e.unitMatches = dominantUnit == null ? null : dominantUnit.equals(SubjectCues.unitOf(e.region));
            out.add(new Candidate(e.region, e.score(), e.toString()));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    enum Field { TITLE, PUBLISHER, HINT }

    private void addLabelEvidence(Map<String, RegionEvidence> evidence, String label,
                                  Map<String, Set<String>> surfacesByCode, double weight, Field field) {
        if (label == null || label.isBlank()) {
            return;
        }
        for (NameMatcher.Mention m : matcher.find(label)) {
            for (Map.Entry<Region, Double> s : shares(m, surfacesByCode).entrySet()) {
                RegionEvidence e = evidence.computeIfAbsent(s.getKey().code(), k -> new RegionEvidence(s.getKey()));
                double w = weight * s.getValue() * (m.fullName() ? 1.0 : 0.85);
                switch (field) {
                    case TITLE -> e.title = Math.max(e.title, w);
                    case PUBLISHER -> e.publisher = Math.max(e.publisher, w);
                    case HINT -> e.hint = Math.max(e.hint, w);
                }
            }
        }
    }

    /**
     * Splits an ambiguous name (兴山 → 兴山县, 兴山区) over its regions: those whose prefecture or province is
     * named elsewhere in the text (under another name) take the mention; otherwise it is shared equally.
     */
    private Map<Region, Double> shares(NameMatcher.Mention m, Map<String, Set<String>> surfacesByCode) {
        List<Region> candidates = m.candidates();
        if (candidates.size() == 1 && !CommonWordNames.isCommonWord(m.surface())) {
            return Map.of(candidates.get(0), 1.0);
        }
        Map<Region, Double> out = new HashMap<>();
        if (CommonWordNames.isCommonWord(m.surface())) {
            candidates = candidates.stream().filter(r -> parentNamedOtherwise(r, m.surface(), surfacesByCode)).toList();
        }
        if (candidates.isEmpty()) {
            return out;
        }
        if (candidates.size() == 1) {
            out.put(candidates.get(0), 1.0);
            return out;
        }
        List<Region> supported = new ArrayList<>();
        for (Region r : candidates) {
            if (ancestorNamedOtherwise(r, m.surface(), surfacesByCode)) {
                supported.add(r);
            }
        }
        List<Region> winners = supported.isEmpty() ? candidates : supported;
        for (Region r : winners) {
            out.put(r, 1.0 / winners.size());
        }
        return out;
    }

    private boolean parentNamedOtherwise(Region r, String surface, Map<String, Set<String>> surfacesByCode) {
        Region p = gazetteer.parent(r);
        return p != null && namedOtherwise(p, surface, surfacesByCode);
    }

    private static boolean namedOtherwise(Region r, String surface, Map<String, Set<String>> surfacesByCode) {
        Set<String> surfaces = surfacesByCode.get(r.code());
        return surfaces != null && (surfaces.size() > 1 || !surfaces.contains(surface));
    }

    private boolean ancestorNamedOtherwise(Region r, String surface, Map<String, Set<String>> surfacesByCode) {
        for (Region p = gazetteer.parent(r); p != null; p = gazetteer.parent(p)) {
            if (namedOtherwise(p, surface, surfacesByCode)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasMentionedAncestor(Region r, Set<String> mentioned) {
        for (Region p = gazetteer.parent(r); p != null; p = gazetteer.parent(p)) {
            if (mentioned.contains(p.code())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> surfacesByCode(List<NameMatcher.Mention> mentions) {
        Map<String, Set<String>> out = new HashMap<>();
        for (NameMatcher.Mention m : mentions) {
            for (Region r : m.candidates()) {
                out.computeIfAbsent(r.code(), k -> new HashSet<>()).add(m.surface());
            }
        }
        return out;
    }

    static String fileStem(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
