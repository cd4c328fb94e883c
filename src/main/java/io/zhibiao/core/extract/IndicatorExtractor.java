package io.zhibiao.core.extract;

import io.zhibiao.core.extract.analysis.CompletionPatternReader;
import io.zhibiao.core.extract.analysis.DistributiveExpander;
import io.zhibiao.core.extract.analysis.KindResolver;
import io.zhibiao.core.extract.analysis.QualitativeTargetReader;
import io.zhibiao.core.extract.analysis.ReferenceCues;
import io.zhibiao.core.extract.analysis.ReferenceReader;
import io.zhibiao.core.extract.analysis.SizeClass;
import io.zhibiao.core.extract.analysis.Subject;
import io.zhibiao.core.extract.analysis.SubjectFinder;
import io.zhibiao.core.extract.analysis.YearParts;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.extract.scan.KeepAndStrivePairs;
import io.zhibiao.core.extract.scan.NumberTokenScanner;
import io.zhibiao.core.extract.scan.Quantity;
import io.zhibiao.core.extract.scan.UnitNormalizer;
import io.zhibiao.core.extract.text.SectionContext;
import io.zhibiao.core.extract.text.SentenceSplitter;
import io.zhibiao.core.extract.text.WrappedLayout;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Extracts every quantitative indicator of a cleaned report text. One linear scan finds the numbers with
 * units; each is then read in the small window of its sentence (subject, measure, qualifier, target or
 * actual, year). Offsets are into the given text. Stateless apart from the immutable catalog, so one
 * instance serves all import threads.
 */
public final class IndicatorExtractor {
    /** Look-back limit for sentence and clause boundaries: keeps a 20 MB line without punctuation linear. */
    static final int WINDOW = 300;
    /**
     * A long report holds a few thousand numbers; a 20 MB text of nothing but numbers holds millions,
     * and their indicators (each with its sentence) would not fit in memory. Beyond this it is refused.
     */
    static final int MAX_QUANTITIES = 250_000;

    private final NumberTokenScanner scanner = new NumberTokenScanner();
    private final KeepAndStrivePairs keepStrive = new KeepAndStrivePairs(ReferenceCues.bundled().keepStriveAfter);
    private final SubjectFinder subjects;
    private final DistributiveExpander distributive;
    private final QualitativeTargetReader qualitative;
    private final ValueBuilder builder;

    public IndicatorExtractor(IndicatorCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        this.subjects = new SubjectFinder(catalog);
        this.distributive = new DistributiveExpander(catalog);
        this.qualitative = new QualitativeTargetReader(catalog);
        this.builder = new ValueBuilder();
    }

    public List<IndicatorValue> extract(String cleanedText, ExtractionContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        if (cleanedText == null || cleanedText.isEmpty()) {
            return List.of();
        }
        WrappedLayout.Unwrapped unwrapped = WrappedLayout.unwrapIfWrapped(cleanedText);
        if (unwrapped == null) {
            return extractPlain(cleanedText, ctx);
        }
        List<IndicatorValue> joined = extractPlain(unwrapped.text(), ctx);
        List<IndicatorValue> out = new ArrayList<>(joined.size());
        for (IndicatorValue v : joined) {
            out.add(atOriginal(v, unwrapped));
        }
        return out;
    }

    /** The value with its offsets moved from the joined text back to the text the caller gave. */
    private static IndicatorValue atOriginal(IndicatorValue v, WrappedLayout.Unwrapped u) {
        return v.withSpan(u.originalStart(v.start()), u.originalEnd(v.end()));
    }

    private List<IndicatorValue> extractPlain(String text, ExtractionContext ctx) {
        List<Quantity> qs = KeepAndStrivePairs.mergeInto(scanner.scan(text, MAX_QUANTITIES + 1), keepStrive.find(text));
        if (qs.size() > MAX_QUANTITIES) {
            throw new TooManyNumbersException(String.format("holds more than %,d numbers: a data dump rather than"
                    + " a report, so nothing was extracted", MAX_QUANTITIES));
        }
        SectionContext sections = SectionContext.build(text, ctx.reportYear(), ctx.kind());
        List<IndicatorValue> out = new ArrayList<>(qs.size());
        SentenceState st = new SentenceState(new ReferenceReader(text, ctx.reportYear(), sections,
                ReferenceCues.bundled(), ctx.places()), new SupersededValues());
        int prevEnd = 0;
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            if (q.start() < prevEnd) {
                continue;
            }
            st.advance(text, prevEnd, q.start(), i == 0);
            if (SizeClass.isSizeClass(text, q)) {
                prevEnd = q.end();
                continue;
            }
            int segFrom = st.sameClause ? prevEnd : st.clauseStart;
            KindResolver.Resolution res = KindResolver.resolve(text, st.sentenceStart, q.start(),
                    sections.at(q.start()), ctx.reportYear(), ctx.kind());
            ValueBuilder.Emitted last = st.last;
            if (last != null && (CompletionPatternReader.isBracketedTarget(text, prevEnd, q.start())
                    || last.value().kind() == ValueKind.ACTUAL
                    && (CompletionPatternReader.isCeilingAfterResult(text, prevEnd, q.start())
                    || CompletionPatternReader.isNamedTarget(text, q.end())))) {
                KindResolver.Resolution target = new KindResolver.Resolution(ValueKind.TARGET, last.year(), false);
                prevEnd = emit(out, st, builder.build(text, q, last.subject(), segFrom, target, st, false, last.measure()));
                continue;
            }
            DistributiveExpander.Group group = distributive.expand(text, qs, i, segFrom, st.sentenceSubjects);
            if (group != null && group.count() == 1) {
                int end = prevEnd;
                for (Subject s : group.subjects()) {
                    end = emit(out, st, builder.build(text, q, s, segFrom, res, st, true, null));
                }
                prevEnd = end;
                continue;
            }
            if (group != null) {
                int zoneFrom = segFrom;
                Qualifier suffix = ValueBuilder.listSuffix(text, qs.get(i + group.count() - 1));
                List<Boolean> yearParts = YearParts.listed(text, zoneFrom, q.start());
                boolean byPartOfYear = yearParts.size() == group.count() && yearParts.contains(false);
                for (int k = 0; k < group.count(); k++) {
                    Quantity member = qs.get(i + k);
                    KindResolver.Resolution r = KindResolver.resolve(text, st.sentenceStart, member.start(),
                            sections.at(member.start()), ctx.reportYear(), ctx.kind());
                    prevEnd = emit(out, st, builder.buildListed(text, member, group.subjects().get(k), zoneFrom,
                            q.start(), r, st, suffix, byPartOfYear ? yearParts.get(k) : null));
                }
                i += group.count() - 1;
                continue;
            }
            Subject subject = subjects.find(text, segFrom, q.start(), st.previousSubject(), st.sentenceStart,
                    st.last == null ? st.sentenceStart : st.last.value().end());
            if (subject == null || countsSomethingElse(subject, q) || changesTheLastGrowthRate(subject, q, st)
                    || st.reference.tail().sizeOfCountedThings(q)) {
                prevEnd = q.end();
                continue;
            }
            if (perUnitOfAnAmount(subject, q)) {
                // 单位建设用地GDP产出7.27亿元/平方公里: a yield per unit, not the indicator's amount
                subject = new Subject(null, subject.name(), subject.start(), subject.end(), subject.inherited());
            }
            prevEnd = emit(out, st, builder.build(text, q, subject, segFrom, res, st, true, null));
        }
        QualitativePass.run(text, qs, sections, ctx, qualitative, out);
        // a figure of a phrase the analyst taught is "not an indicator" is left out like one without a subject
        out.removeIf(v -> IndicatorCatalog.NOT_AN_INDICATOR.equals(v.code()));
        List<IndicatorValue> marked = ConflictingValues.mark(st.superseded.dropFrom(out));
        marked.sort(Comparator.comparingInt(IndicatorValue::start).thenComparingInt(IndicatorValue::end));
        return marked;
    }

    /**
     * "争取专项债…均列全省第一,596个省大中型项目": a count the indicator named earlier is never reported in
     * counts the noun after it, not that indicator.
     */
    private static boolean countsSomethingElse(Subject subject, Quantity q) {
        if (subject.entry() == null || !UnitNormalizer.isCounter(q.normalizedUnit())) {
            return false;
        }
        // 经济总量在全国百强城市中上升10位: an indicator never counted in pieces is not what the count counts
        boolean neverCounted = !subject.entry().typicalUnits().isEmpty() && subject.entry().typicalUnits().stream()
                .noneMatch(u -> UnitNormalizer.isCounter(u.substring(u.length() - 1)));
        return neverCounted || subject.inherited() && !subject.entry().typicalUnits().contains(q.unit());
    }

    private static boolean perUnitOfAnAmount(Subject subject, Quantity q) {
        return subject.entry() != null && q.normalizedUnit() != null && q.normalizedUnit().indexOf('/') >= 0
                && subject.entry().typicalUnits().stream().noneMatch(u -> u.indexOf('/') >= 0);
    }

    /**
     * "收入增长3.8%,较上年提高0.3个百分点", "增长6%,高于全省0.5个百分点": points after a growth rate of the same
     * indicator compare that rate with another one; they are no growth of the indicator.
     */
    private static boolean changesTheLastGrowthRate(Subject subject, Quantity q, SentenceState st) {
        return q.isPoints() && subject.inherited() && st.last != null && st.last.measure() == Measure.GROWTH;
    }

    private static int emit(List<IndicatorValue> out, SentenceState st, ValueBuilder.Emitted e) {
        out.add(e.value());
        st.superseded.note(e);
        st.remember(e);
        return e.value().end();
    }

    /** Sentence and clause bookkeeping while walking the quantities left to right. */
    static final class SentenceState {
        int sentenceStart;
        int clauseStart;
        boolean sameClause;
        final List<Subject> sentenceSubjects = new ArrayList<>();
        ValueBuilder.Emitted last;
        /** The indicator of the last value with one, whatever its sentence: the whole a 其中 is part of. */
        String lastCode;
        final ReferenceReader reference;
        final SupersededValues superseded;

        SentenceState(ReferenceReader reference, SupersededValues superseded) {
            this.reference = reference;
            this.superseded = superseded;
        }

        /** Looks back from {@code to} (not past the previous value) for clause and sentence boundaries. */
        void advance(String text, int prevEnd, int to, boolean first) {
            int floor = Math.max(prevEnd, to - WINDOW);
            int clause = -1;
            int sentence = -1;
            for (int k = to - 1; k >= floor; k--) {
                if (clause < 0 && SentenceSplitter.isClauseEnd(text, k)) {
                    clause = k + 1;
                }
                if (SentenceSplitter.isSentenceEnd(text.charAt(k))) {
                    sentence = k + 1;
                    break;
                }
            }
            if (sentence < 0 && (first || floor > prevEnd)) {
                sentence = floor;
            }
            if (sentence >= 0) {
                sentenceStart = sentence;
                sentenceSubjects.clear();
                last = null;
            }
            if (to - sentenceStart > WINDOW) {
                // a run-on "sentence" (a page without punctuation): look no further back than the window
                sentenceStart = to - WINDOW;
            }
            sameClause = clause < 0 && sentence < 0;
            if (clause >= 0) {
                clauseStart = clause;
            } else if (sentence >= 0) {
                clauseStart = sentence;
            }
        }

        Subject previousSubject() {
            return last == null ? null : last.subject();
        }

        void remember(ValueBuilder.Emitted e) {
            last = e;
            if (e.value().code() != null) {
                lastCode = e.value().code();
            }
            sentenceSubjects.add(e.subject());
        }
    }
}
