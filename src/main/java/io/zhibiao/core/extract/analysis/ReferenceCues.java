package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.extract.cues.CueFile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cue words of {@code reference-cues.txt}: the words that tell what a figure refers to. Knowledge an
 * analyst can read and extend, so it lives in that file, not here. Loaded once; immutable.
 */
public final class ReferenceCues {
    static final String RESOURCE = "/io/zhibiao/core/extract/reference-cues.txt";

    /** A five-year plan and its years. */
    record Plan(String name, int from, int to) {
    }

    private static final ReferenceCues BUNDLED = load(RESOURCE);

    final PhraseTrie<String> milestone;
    final PhraseTrie<String> milestoneAfter;
    final PhraseTrie<String> countedAfter;
    final PhraseTrie<String> partner;
    final PhraseTrie<String> sectorHead;
    /** Words before a name that make it the benchmark of a comparison. */
    public final PhraseTrie<String> benchmarkBefore;
    final PhraseTrie<String> partnerNot;
    /** The catalog categories whose figures a partner's name before them makes a part's (trade). */
    final java.util.Set<String> partnerCategories;
    /** A phrase that opens a review or an outlook, with the number of years it spans. */
    final PhraseTrie<Integer> periodReview;
    final PhraseTrie<Integer> periodAhead;
    final PhraseTrie<Plan> plans;
    final PhraseTrie<String> planPeriodWords;
    final PhraseTrie<String> planEndWords;
    final PhraseTrie<String> comparedWith;
    final PhraseTrie<String> from;
    final PhraseTrie<String> to;
    final PhraseTrie<String> share;
    final PhraseTrie<String> increment;
    final PhraseTrie<String> perCapita;
    /** Words before a name that make its figure a part's: areas and kinds of part. */
    final PhraseTrie<String> part;
    /** The areas alone (开发区, 县域): named at a list's head, the part of every item. */
    final PhraseTrie<String> areaPart;
    final PhraseTrie<String> wholeRegion;
    final PhraseTrie<String> ofWhich;
    final PhraseTrie<String> leadIn;
    final PhraseTrie<String> describesAfter;
    final PhraseTrie<String> periodReset;
    final PhraseTrie<String> stretchLead;
    final PhraseTrie<String> stretchBetween;
    /** The growth words a 保X争Y pair is read after. */
    public final PhraseTrie<String> keepStriveAfter;
    final PhraseTrie<String> otherQuantity;
    final PhraseTrie<String> nameLeading;
    final PhraseTrie<String> nameTrailing;
    /** The characters a period's mark can start with (五年来, 今后五年, 十三五): every other one is passed over. */
    final java.util.BitSet periodFirsts = new java.util.BitSet(1 << 16);
    /**
     * The cue words looked for in a value's whole clause, in one trie: each phrase's value has a bit per
     * {@link ClauseCue} it belongs to, so one pass over the clause answers every question about it.
     */
    final PhraseTrie<Integer> clauseCues = new PhraseTrie<>();

    /** The sections read over a value's clause, by bit. */
    enum ClauseCue {
        SHARE("share"), AVERAGE_ANNUAL("average_annual"), CUMULATIVE("cumulative"), ADJUSTED("adjusted"),
        ANNUAL("annual"), PARTIAL_YEAR("partial_year"), FULL_YEAR("full_year");

        final String section;

        ClauseCue(String section) {
            this.section = section;
        }
    }

    private ReferenceCues(CueFile sections) {
        milestone = words(sections, "milestone");
        milestoneAfter = words(sections, "milestone_after");
        countedAfter = words(sections, "counted_after");
        partner = words(sections, "partner");
        sectorHead = words(sections, "sector_head");
        benchmarkBefore = words(sections, "benchmark_before");
        partnerNot = words(sections, "partner_not");
        partnerCategories = java.util.Set.copyOf(sections.lines("partner_categories"));
        periodReview = spans(sections, "period_review");
        periodAhead = spans(sections, "period_ahead");
        planPeriodWords = words(sections, "plan_period_words");
        planEndWords = words(sections, "plan_end_words");
        comparedWith = words(sections, "compared_with");
        from = words(sections, "from");
        to = words(sections, "to");
        share = words(sections, "share");
        increment = words(sections, "increment");
        perCapita = words(sections, "per_capita");
        areaPart = words(sections, "part");
        wholeRegion = words(sections, "whole_region");
        part = new PhraseTrie<>();
        for (String w : sections.lines("part")) {
            part.add(w, w);
        }
        for (String w : sections.lines("part_kind")) {
            part.add(w, w);
        }
        ofWhich = words(sections, "of_which");
        leadIn = words(sections, "lead_in");
        describesAfter = words(sections, "describes_after");
        periodReset = words(sections, "period_reset");
        stretchLead = words(sections, "stretch_lead");
        stretchBetween = words(sections, "stretch_between");
        keepStriveAfter = words(sections, "keep_strive_after");
        otherQuantity = words(sections, "other_quantity");
        nameLeading = words(sections, "name_leading");
        nameTrailing = words(sections, "name_trailing");
        plans = new PhraseTrie<>();
        for (String line : sections.lines("plans")) {
            String[] f = line.split("\\s+");
            if (f.length != 3) {
                throw new IllegalArgumentException(RESOURCE + ": a plan line is 'name first-year last-year': " + line);
            }
            plans.add(f[0], new Plan(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        }
        Map<String, Integer> bits = new LinkedHashMap<>();
        for (ClauseCue c : ClauseCue.values()) {
            for (String w : sections.lines(c.section)) {
                bits.merge(w, 1 << c.ordinal(), (a, b) -> a | b);
            }
        }
        bits.forEach(clauseCues::add);
        periodReview.addFirstsTo(periodFirsts);
        periodAhead.addFirstsTo(periodFirsts);
        plans.addFirstsTo(periodFirsts);
        periodReset.addFirstsTo(periodFirsts);
    }

    public static ReferenceCues bundled() {
        return BUNDLED;
    }

    static ReferenceCues load(String resource) {
        return new ReferenceCues(CueFile.load(resource));
    }

    private static PhraseTrie<Integer> spans(CueFile sections, String name) {
        PhraseTrie<Integer> trie = new PhraseTrie<>();
        for (String line : sections.lines(name)) {
            String[] f = line.split("\\s+");
            trie.add(f[0], f.length > 1 ? Integer.parseInt(f[1]) : 5);
        }
        return trie;
    }

    private static PhraseTrie<String> words(CueFile sections, String name) {
        return sections.trie(name);
    }
}
