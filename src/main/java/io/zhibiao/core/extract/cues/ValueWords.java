package io.zhibiao.core.extract.cues;

import io.zhibiao.core.dictionary.PhraseTrie;

/**
 * The words of {@code value-words.txt}: qualifier, measure, kind, qualitative-target and heading words. Loaded
 * once; the arrays keep the file's order for the readers that try words in turn, and are never written to.
 * (PhraseTrie is immutable once built, so the shared tries are safe across extraction threads.)
 */
public final class ValueWords {
    static final String RESOURCE = "/io/zhibiao/core/extract/value-words.txt";
    private static final CueFile FILE = CueFile.load(RESOURCE);

    public static final String[] QUALIFIER_GE_AFTER = FILE.array("qualifier_ge_after");
    public static final String[] QUALIFIER_LE_AFTER = FILE.array("qualifier_le_after");
    public static final String[] QUALIFIER_APPROX_AFTER = FILE.array("qualifier_approx_after");
    public static final String[] QUALIFIER_GE_BEFORE = FILE.array("qualifier_ge_before");
    public static final String[] QUALIFIER_LE_BEFORE = FILE.array("qualifier_le_before");
    public static final String[] QUALIFIER_APPROX_BEFORE = FILE.array("qualifier_approx_before");
    public static final String[] QUALIFIER_LINK = FILE.array("qualifier_link");
    public static final String[] GROWTH_VERBS = FILE.array("growth_verbs");
    public static final String[] DECLINE_VERBS = FILE.array("decline_verbs");
    public static final String[] TO_LEVEL = FILE.array("to_level");
    public static final String[] RATE_WORDS = FILE.array("rate_words");
    public static final String[] RATE_SUFFIXES = FILE.array("rate_suffixes");
    public static final String[] TARGET_CUES = FILE.array("target_cues");
    public static final String[] RESULT_HELD_AT = FILE.array("result_held_at");
    public static final String[] PER_UNIT = FILE.array("per_unit");
    public static final String[] SIZE_BOUNDS = FILE.array("size_bounds");
    /** Looked for over every clause of a target section: matched in one pass. */
    public static final PhraseTrie<String> QUALITATIVE_CUE_TRIE = FILE.trie("qualitative_cues");
    public static final String[] QUALITATIVE_GROWTH_COMPARISON = FILE.array("qualitative_growth_comparison");
    public static final String[] QUALITATIVE_GROWTH_WORDS = FILE.array("qualitative_growth_words");
    public static final String[] QUALITATIVE_BENCHMARK = FILE.array("qualitative_benchmark");
    public static final String[] COMPLETION_LEADS = FILE.array("completion_leads");
    public static final String[] COMPLETION_LINKS = FILE.array("completion_links");
    public static final String[] CEILING_AFTER_RESULT = FILE.array("ceiling_after_result");
    public static final String[] TARGET_NAMED_AFTER = FILE.array("target_named_after");
    public static final String[] HEADING_REVIEW = FILE.array("heading_review");
    public static final String[] HEADING_TARGET = FILE.array("heading_target");
    /** Each line: a folded word, then the words it stands for. */
    public static final java.util.List<String> FOLDED_NAMES = FILE.lines("folded_names");

    private ValueWords() {
    }
}
