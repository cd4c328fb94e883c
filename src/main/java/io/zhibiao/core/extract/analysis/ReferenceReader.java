package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.scan.Quantity;
import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.extract.text.Section;
import io.zhibiao.core.extract.text.SectionContext;
import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Scope;

/**
 * What a value refers to: the year's own figure of the region, or a period's, a change in points, an
 * increment, a share; the region's, per head, or a part's. Read from the cue words of
 * {@code reference-cues.txt} around the value and from the period its paragraph opens. One instance per
 * text (it holds the text's period marks).
 */
public final class ReferenceReader {
    /**
     * The reading of one value.
     *
     * @param year  the year the value is for: the one given, changed for the first value of 由A增加到B, or null
     *              when the value is the end of a period whose years the text does not write
     * @param doubt     what the engine's confidence is multiplied by for what the words around leave open (an
     *                  adjusted basis, a round threshold, the end of a change without its year): 1 when nothing
     * @param milestone a round threshold passed (突破11万亿元, 50亿元大关) rather than the level itself
     * @param adjusted  on an adjusted basis (扣除减税降费因素增长8%): the figure as first reported, when the report
     *                  gives it too, is the one a briefing quotes
     */
    public record Reading(Basis basis, Integer periodFrom, Integer periodTo, Scope scope, String scopeName,
                          Integer year, double doubt, boolean milestone, boolean adjusted) {
        Reading(Basis basis, Integer periodFrom, Integer periodTo, Scope scope, String scopeName, Integer year) {
            this(basis, periodFrom, periodTo, scope, scopeName, year, 1, false, false);
        }

        Reading doubted(double factor) {
            return new Reading(basis, periodFrom, periodTo, scope, scopeName, year, doubt * factor, milestone, adjusted);
        }

        Reading asMilestone() {
            return new Reading(basis, periodFrom, periodTo, scope, scopeName, year, doubt * DOUBT, true, adjusted);
        }

        /** 一季度、上半年、前三季度、全年分别增长…: a member of a list of parts of the year and the whole. */
        public Reading asPartOfYear(boolean wholeYear, Integer y) {
            return wholeYear
                    ? new Reading(Basis.ANNUAL, null, null, scope, scopeName, year, doubt, milestone, adjusted)
                    : new Reading(Basis.CUMULATIVE, y, y, scope, scopeName, y, doubt, milestone, adjusted);
        }

        /** 由A增加至B，增长13.3%: a change over the period the level before it ended. */
        public Reading asChangeOver(Integer from, Integer to) {
            return new Reading(Basis.CUMULATIVE, from, to, scope, scopeName, to, doubt, milestone, adjusted);
        }

        Reading asAdjusted() {
            return new Reading(basis, periodFrom, periodTo, scope, scopeName, year, doubt * DOUBT, milestone, true);
        }

        /** 贡献率从2020年的16.8%提升到2025年的27%: the end of a change in a share is that share too. */
        public Reading asShare() {
            return new Reading(Basis.SHARE, periodFrom, periodTo, scope, scopeName, year, doubt, milestone, adjusted);
        }

        public Reading withScope(Scope newScope, String newScopeName) {
            return new Reading(basis, periodFrom, periodTo, newScope, newScopeName, year, doubt, milestone, adjusted);
        }
    }

    /** What a reading's confidence is multiplied by for each thing the words leave open. */
    static final double DOUBT = 0.7;

    /** How far back a word like 同比 or 全年 keeps a value the year's own inside a review of several years. */
    private static final int ANNUAL_REACH = 30;
    /** How far before a value its clause's cue words are looked for: a clause longer than this is a run-on. */
    private static final int CLAUSE_REACH = 80;
    /** How far after a level an average over years may stand and still speak of the same change. */
    private static final int AVERAGE_AFTER = 8;

    private final ReferenceCues cues;
    private final PeriodMarks periods;
    private final SectionContext sections;
    private final ScopeReader scopes;
    private final StretchWords stretch;
    private final ValueTail tail;
    private final int reportYear;
    private final String text;
    private Section lastSection;
    private PeriodMarks.Period lastSectionPeriod;

    public ReferenceReader(String text, int reportYear, SectionContext sections, ReferenceCues cues,
                           PlaceNames places) {
        this.cues = cues;
        this.scopes = new ScopeReader(text, cues, places);
        this.stretch = new StretchWords(text, cues);
        this.tail = new ValueTail(text, cues);
        this.text = text;
        this.sections = sections;
        this.reportYear = reportYear;
        this.periods = PeriodMarks.scan(text, reportYear, cues);
    }

    /** The words right after values in this text. */
    public ValueTail tail() {
        return tail;
    }

    /** The stretch words around targets in this text. */
    public StretchWords stretch() {
        return stretch;
    }

    /**
     * @param clauseStart where the value's clause starts; {@code zoneFrom} where the words between the indicator's
     *                    name and the value start
     * @param wholeCode   the indicator of the value before this one (in this sentence or an earlier one), or null
     */
    public Reading read(Quantity q, Subject subject, Measure measure, int sentenceStart, int clauseStart,
                        int zoneFrom, int year, String wholeCode) {
        int from = Math.min(clauseStart, zoneFrom);
        int[] cueAt = clauseCues(Math.max(q.start() - CLAUSE_REACH,
                Math.min(from, Math.max(sentenceStart, q.start() - ANNUAL_REACH))), q.start());
        Reading r = readBasisAndScope(q, subject, measure, sentenceStart, clauseStart, zoneFrom, year, cueAt, wholeCode);
        if (cueAt[ReferenceCues.ClauseCue.ADJUSTED.ordinal()] >= from) {
            r = r.asAdjusted();
        }
        if (measure == Measure.LEVEL && (endsWith(cues.milestone, q.start(), 2) || tail.milestone(q))) {
            r = r.asMilestone();
        }
        if (r.basis() == Basis.ANNUAL && endOfChangeWithoutYear(q, zoneFrom, sentenceStart)) {
            r = r.doubted(DOUBT);
        }
        if (r.scope() == Scope.REGION && !subject.inherited() && embeddedName(subject, clauseStart)) {
            r = r.doubted(DOUBT);
        }
        if (tail.describesSomethingElse(q)) {
            r = r.doubted(DOUBT);
        }
        return r;
    }

    /** 带动陕西进出口415.4亿元: a Chinese character before the name that is no known lead-in word. */
    private boolean embeddedName(Subject subject, int clauseStart) {
        int s = subject.start();
        if (s <= clauseStart || !Words.isCjk(text.charAt(s - 1))) {
            return false;
        }
        return !endsWith(cues.leadIn, s, cues.leadIn.longest());
    }

    /** 由10.97亿元增加到16.01亿元: B, with no year written, may be the end of a longer change than a year's. */
    private boolean endOfChangeWithoutYear(Quantity q, int zoneFrom, int sentenceStart) {
        int from = Math.max(sentenceStart, q.start() - 4);
        boolean afterTo = cues.to.lastIn(text, from, q.start(), (w, s, e) -> e == q.start() ? w : null) != null;
        return afterTo && KindResolver.writtenYear(text, sentenceStart, q.start()) == null
                && cues.from.lastIn(text, Math.max(sentenceStart, q.start() - 30), q.start(), (w, s, e) -> w) != null;
    }

    /**
     * Where the last cue word of each {@link ReferenceCues.ClauseCue} in [from, to) starts (-1 for none), from
     * one pass over the clause.
     */
    private int[] clauseCues(int from, int to) {
        int[] at = new int[ReferenceCues.ClauseCue.values().length];
        java.util.Arrays.fill(at, -1);
        for (int p = Math.max(0, from); p < to; p++) {
            cues.clauseCues.allAt(text, p, to, (bits, s, e) -> {
                for (int k = 0; k < at.length; k++) {
                    if ((bits & (1 << k)) != 0) {
                        at[k] = s;
                    }
                }
                return null;
            });
        }
        return at;
    }

    private static boolean cue(int[] cueAt, ReferenceCues.ClauseCue c, int from) {
        return cueAt[c.ordinal()] >= from;
    }

    private Reading readBasisAndScope(Quantity q, Subject subject, Measure measure, int sentenceStart, int clauseStart,
                                      int zoneFrom, int year, int[] cueAt, String wholeCode) {
        int from = Math.min(clauseStart, zoneFrom);
        ScopeReader.Whose whose = scopes.read(q, subject, sentenceStart, clauseStart, zoneFrom, wholeCode);
        Scope scope = whose.scope();
        String scopeName = whose.name();
        PeriodMarks.Period period = periods.at(q.start());
        if (period == null && !periods.paragraphTurnedToOneYear(q.start())
                && !periods.cameToTheYearBetween(sections.startOf(q.start()), q.start())) {
            period = headingPeriod(sections.at(q.start()));
        }
        Integer endYear = period != null && period.atItsEnd() ? (Integer) period.to() : planEndInClause(from, q.start());
        boolean yearWritten = KindResolver.writtenYear(text, sentenceStart, q.start()) != null
                || cue(cueAt, ReferenceCues.ClauseCue.ANNUAL, Math.min(from, Math.max(sentenceStart, q.start() - ANNUAL_REACH)));
        Integer pFrom = period == null || yearWritten ? null : period.from();
        Integer pTo = period == null || yearWritten ? null : period.to();

        if (q.isPercent() && endsWith(cues.comparedWith, q.start(), cues.comparedWith.longest())) {
            // 居民人均可支配收入只有全省62.4%: the figure against a larger region's
            return new Reading(Basis.SHARE, pFrom, pTo, scope, scopeName, year);
        }
        if (q.isPoints()) {
            // 拉动规上工业增加值增长10个百分点: a contribution to the indicator's growth, not a change of a rate
            Basis b = cue(cueAt, ReferenceCues.ClauseCue.SHARE, from) ? Basis.SHARE : Basis.PP_CHANGE;
            return new Reading(b, pFrom, pTo, scope, scopeName, year);
        }
        if (cue(cueAt, ReferenceCues.ClauseCue.SHARE, zoneFrom) || !subject.inherited() && shareOfName(q, subject)) {
            // 占地区生产总值的37.1%: the value is a share of the indicator named, not the indicator
            return new Reading(Basis.SHARE, pFrom, pTo, scope, scopeName, year);
        }
        int partial = cueAt[ReferenceCues.ClauseCue.PARTIAL_YEAR.ordinal()];
        if (partial >= 0 && partial > cueAt[ReferenceCues.ClauseCue.FULL_YEAR.ordinal()]
                && !endsWith(cues.to, q.start(), 3)) {
            // (从一季度6.1%回落到5.8%: the part of the year dates the starting value, not the one reached)
            // 前11个月，固定资产投资同比增长33.2%: the year so far, not the year's figure
            return new Reading(Basis.CUMULATIVE, year, year, scope, scopeName, year);
        }
        if (endYear != null && measure != Measure.GROWTH) {
            // “十三五”末全州地区生产总值达到219.06亿元: the level of the plan's last year
            pFrom = null;
            pTo = null;
            year = endYear;
        }
        boolean average = cue(cueAt, ReferenceCues.ClauseCue.AVERAGE_ANNUAL, from);
        if (average || cue(cueAt, ReferenceCues.ClauseCue.CUMULATIVE, from)) {
            Basis b = average ? Basis.AVERAGE_ANNUAL : Basis.CUMULATIVE;
            if (pFrom == null) {
                int[] written = writtenSpan(sentenceStart, q.start());
                if (written != null) {
                    return new Reading(b, written[0], written[1], scope, scopeName, written[1]);
                }
            }
            return new Reading(b, pFrom, pTo, scope, scopeName, year);
        }
        if (measure == Measure.LEVEL && isIncrement(q, zoneFrom)) {
            return new Reading(Basis.INCREMENT, pFrom, pTo, scope, scopeName, year);
        }
        if (measure == Measure.LEVEL && endYear == null) {
            Integer startYear = startYearOfChange(q, sentenceStart);
            if (startYear != null && startYear < year - 1) {
                // 由2017年的3150.2亿元增加至4715.7亿元: the level a change of several years ended at, its year not written
                return new Reading(Basis.ANNUAL, startYear + 1, year, scope, scopeName, null);
            }
        }
        Integer start = startOfChange(q, zoneFrom);
        if (start != null) {
            // 由(2016年的)A增加到B, 从一季度6.1%回落到5.8%: A is where the change started from
            Integer written = KindResolver.writtenYearAnywhere(text, start, q.start());
            Integer startYear = written != null ? written : pFrom != null ? (Integer) (pFrom - 1) : null;
            return new Reading(Basis.ANNUAL, pFrom, pTo, scope, scopeName, startYear);
        }
        if (pFrom != null) {
            // a paragraph over several years: a change without a year of its own is over them all, a level is
            // the period's last one, whose year the text does not write
            return measure == Measure.GROWTH
                    ? new Reading(Basis.CUMULATIVE, pFrom, pTo, scope, scopeName, year)
                    : new Reading(Basis.ANNUAL, pFrom, pTo, scope, scopeName, null);
        }
        if (measure == Measure.LEVEL && endYear == null
                && (!yearWritten || endOfChangeWithoutYear(q, zoneFrom, clauseStart)) && averageFollows(q)) {
            // 社会消费品零售总额突破1200亿元，年均增长8.2%: the level a period ended at, its year not written (a year
            // in an earlier clause, 到2020年的164亿元；财政收入由10.97亿元增加到16.01亿元, is another change's)
            return new Reading(Basis.ANNUAL, null, null, scope, scopeName, null);
        }
        return new Reading(Basis.ANNUAL, null, null, scope, scopeName, year);
    }

    /**
     * 占全市地区生产总值50%, 经济总量的45%在县域: the value is a share of the indicator named, told by 占 before the
     * name (a lead-in word like 全市 may stand between) or by the name's 的 right before a percentage.
     */
    private boolean shareOfName(Quantity q, Subject subject) {
        int s = subject.start();
        Integer lead = cues.leadIn.lastIn(text, Math.max(0, s - cues.leadIn.longest()), s,
                (w, a, e) -> e == s ? a : null);
        if (endsWith(cues.share, s, 1) || lead != null && endsWith(cues.share, lead, 1)) {
            return true;
        }
        return q.isPercent() && subject.end() + 1 == q.start() && text.charAt(subject.end()) == '的';
    }

    /**
     * 由2017年的A增加至B: the year written for the starting value of the change that ends with {@code q}, when
     * the end's own year is not written; null otherwise.
     */
    private Integer startYearOfChange(Quantity q, int sentenceStart) {
        int end = q.start();
        Integer toAt = cues.to.lastIn(text, Math.max(sentenceStart, end - 4), end, (w, s, e) -> e == end ? s : null);
        if (toAt == null) {
            return null;
        }
        Integer fromAt = cues.from.lastIn(text, Math.max(sentenceStart, end - 30), toAt, (w, s, e) -> s);
        if (fromAt == null || KindResolver.writtenYearAnywhere(text, toAt, end) != null) {
            return null;
        }
        return KindResolver.writtenYearAnywhere(text, fromAt, toAt);
    }

    /** 力争“十四五”末经济总量达到6万亿元: a plan's end named inside the value's clause; its last year, or null. */
    private Integer planEndInClause(int from, int to) {
        PhraseTrie.Match<ReferenceCues.Plan> plan = cues.plans.lastIn(text, Math.max(0, from), to, PhraseTrie.Hit.match());
        if (plan == null) {
            return null;
        }
        int after = plan.end();
        while (after < to && "”\"’'」".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        return cues.planEndWords.longestAt(text, after, Math.min(to, after + 2), (w, s, e) -> w) != null
                ? (Integer) plan.value().to() : null;
    }

    /** An average over years right after the value, in the same sentence: "…1200亿元，年均增长8.2%". */
    private boolean averageFollows(Quantity q) {
        int limit = Math.min(text.length(), q.end() + AVERAGE_AFTER);
        for (int k = q.end(); k < limit; k++) {
            char c = text.charAt(k);
            if (c == '。' || c == '；' || c == ';' || c == '\n') {
                return false;
            }
            if (cues.clauseCues.longestAt(text, k, limit, (bits, s, e) ->
                    (bits & (1 << ReferenceCues.ClauseCue.AVERAGE_ANNUAL.ordinal())) != 0 ? Boolean.TRUE : null) != null) {
                return true;
            }
        }
        return false;
    }

    /** The period of the section's heading, worked out once per section. */
    private PeriodMarks.Period headingPeriod(Section section) {
        if (section != lastSection) {
            lastSection = section;
            lastSectionPeriod = PeriodMarks.ofHeading(section.heading(), reportYear, cues);
        }
        return lastSectionPeriod;
    }

    /** 净增186亿元, 比上年增加20亿元: an increment verb right before the value, not followed by 到/至. */
    private boolean isIncrement(Quantity q, int zoneFrom) {
        int e = q.start();
        while (e > zoneFrom && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '了')) {
            e--;
        }
        return endsWith(cues.increment, e, 2) && e - 2 >= zoneFrom;
    }

    /** Where the 由/从 before a starting value stands, when a 到-word follows the value; else null. */
    private Integer startOfChange(Quantity q, int zoneFrom) {
        int after = q.end();
        int limit = Math.min(text.length(), after + 3);
        boolean toFollows = false;
        for (int k = after; k < limit && !toFollows; k++) {
            toFollows = cues.to.longestAt(text, k, Math.min(text.length(), k + 4), (w, s, e) -> w) != null;
        }
        if (!toFollows) {
            return null;
        }
        int from = Math.max(zoneFrom, q.start() - 10);
        return cues.from.lastIn(text, from, q.start(), (w, s, e) -> s);
    }

    /**
     * 从2016年的…增加到2021年的…，年均增长5.5%: the years a change in the sentence runs over (2017–2021: the
     * first year after the starting one, to the last), or null when the sentence writes fewer than two years.
     */
    private int[] writtenSpan(int from, int to) {
        Integer first = null;
        Integer last = null;
        int firstAt = -1;
        for (int k = from; k + 5 <= to; k++) {
            Integer y = KindResolver.writtenYearAnywhere(text, k, k + 5);
            if (y != null) {
                if (first == null) {
                    first = y;
                    firstAt = k;
                }
                last = y;
            }
        }
        if (first == null || last <= first) {
            return null;
        }
        boolean startingValue = firstAt > 0 && (text.charAt(firstAt - 1) == '从' || text.charAt(firstAt - 1) == '由');
        return new int[]{startingValue ? first + 1 : first, last};
    }

    private boolean endsWith(PhraseTrie<String> trie, int pos, int reach) {
        return trie.endingAt(text, Math.max(0, pos - reach), pos, (w, s, e) -> w) != null;
    }
}
