package io.zhibiao.core.extract;

import io.zhibiao.core.extract.analysis.KindResolver;
import io.zhibiao.core.extract.cues.ValueWords;
import io.zhibiao.core.extract.analysis.MeasureReader;
import io.zhibiao.core.extract.analysis.QualifierReader;
import io.zhibiao.core.extract.analysis.ReferenceReader;
import io.zhibiao.core.extract.analysis.Subject;
import io.zhibiao.core.extract.analysis.SubjectFinder;
import io.zhibiao.core.extract.scan.Quantity;
import io.zhibiao.core.extract.text.SentenceSplitter;
import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Scope;
import io.zhibiao.core.model.ValueKind;

/** Turns a quantity and its subject into an {@link IndicatorValue}: measure, sign, flags, confidence. */
final class ValueBuilder {
    /** Characters between an indicator's name and its number beyond which the reading is less sure. */
    private static final int FAR = 8;
    private static final int VERY_FAR = 16;
    /** A lone 力争 is read as the stretch the labelling rules and most briefings make of it, but some mean a target. */
    private static final double LONE_STRETCH_DOUBT = 0.8;

    /**
     * A value together with what later values of the sentence need to know about it, and what the words around
     * it say about its weight beside another value of the same statement ({@link ReferenceReader.Reading}).
     */
    record Emitted(IndicatorValue value, Subject subject, Measure measure, int year, boolean stretch,
                   boolean loneStretch, boolean milestone, boolean adjusted) {
    }

    Emitted build(String text, Quantity q, Subject subject, int segFrom, KindResolver.Resolution res,
                  IndicatorExtractor.SentenceState st, boolean mayStretch, Measure fixedMeasure) {
        int zoneFrom = !subject.inherited() && subject.end() <= q.start() && subject.end() >= segFrom
                ? subject.end() : segFrom;
        Measure measure = fixedMeasure != null ? fixedMeasure : MeasureReader.read(text, zoneFrom, q.start(), q, subject);
        boolean stretch = false;
        // 增长5.5%以上,力争突破6000亿元: a 力争 value after one of the same indicator is its stretch, whatever the measure
        if (mayStretch && st.last != null && !st.last.stretch() && sameSubject(st.last.subject(), subject)) {
            stretch = st.reference.stretch().between(st.last.value().end(), q.start());
        }
        int start = !subject.inherited() && subject.start() >= segFrom && subject.start() < q.start()
                ? subject.start() : q.start();
        return make(text, q, subject, segFrom, zoneFrom, measure, res, st, stretch, start, null, null);
    }

    /** A member of a distributed list ("分别增长31.8%、38.2%"): the verb zone is the one before the first value. */
    Emitted buildListed(String text, Quantity q, Subject subject, int zoneFrom, int zoneTo,
                        KindResolver.Resolution res, IndicatorExtractor.SentenceState st, Qualifier listSuffix,
                        Boolean wholeYear) {
        Measure measure = MeasureReader.read(text, zoneFrom, zoneTo, q, subject);
        return make(text, q, subject, zoneFrom, zoneFrom, measure, res, st, false, q.start(), listSuffix, wholeYear);
    }

    /** 分别增长8.5%和11%左右: the word after the last member of a list bounds every member. */
    static Qualifier listSuffix(String text, Quantity last) {
        QualifierReader.Reading r = QualifierReader.read(text, last.start(), last);
        return r.end() > last.end() ? r.qualifier() : null;
    }

    private Emitted make(String text, Quantity q, Subject subject, int segFrom, int zoneFrom, Measure measure,
                         KindResolver.Resolution res, IndicatorExtractor.SentenceState st, boolean stretch, int start,
                         Qualifier listSuffix, Boolean wholeYear) {
        QualifierReader.Reading qual = QualifierReader.read(text, segFrom, q);
        if (listSuffix != null && qual.qualifier() == Qualifier.EQ) {
            qual = new QualifierReader.Reading(listSuffix, qual.end());
        }
        double value = q.value();
        Double low = null;
        Double high = null;
        if (q.high() != null) {
            low = q.value();
            high = q.high();
        }
        if (measure == Measure.GROWTH && value > 0 && MeasureReader.isDecline(text, zoneFrom, q.start())) {
            value = -value;
            if (high != null) {
                double l = -high;
                high = -low;
                low = l;
                value = l;
            }
        }
        String normalizedUnit = q.normalizedUnit();
        Double normalized = normalizedUnit == null && q.multiplier() == 1 ? null : value * q.multiplier();
        // 预计 belongs to its clause; a value that borrows the subject of an earlier one shares its flag
        boolean estimated = subject.inherited() && st.last != null
                ? st.last.value().estimated() || indexOf(text, "预计", st.clauseStart, q.start()) >= 0
                : indexOf(text, "预计", Math.min(st.clauseStart, start), q.start()) >= 0;
        double confidence = confidence(q, subject, measure, res, q.start() - zoneFrom);
        String sentence = text.substring(st.sentenceStart, sentenceEnd(text, qual.end()));
        Qualifier qualifier = qual.qualifier();
        if (qualifier == Qualifier.LE && res.kind() == ValueKind.ACTUAL && qual.end() == q.end()
                && heldAt(text, q.start())) {
            // 城镇登记失业率控制在3.6%: a result, the rate it was held at; only 以内 would make it a ceiling
            qualifier = Qualifier.EQ;
        }
        ReferenceReader.Reading ref = st.reference.read(q, subject, measure, st.sentenceStart, st.clauseStart,
                zoneFrom, res.year(), st.lastCode);
        if (subject.inherited() && st.last != null && ref.scope() == Scope.REGION
                && st.last.value().scope() != Scope.REGION && st.last.subject().start() == subject.start()
                && sameSubject(st.last.subject(), subject)) {
            // 海洋生产总值预计超2500亿元、增长5.6%: the growth is the same part's as the level before it
            ref = ref.withScope(st.last.value().scope(), st.last.value().scopeName());
        }
        if (subject.inherited() && st.last != null && measure == Measure.GROWTH && ref.basis() == Basis.ANNUAL
                && st.last.value().year() == null && st.last.value().periodFrom() != null
                && sameSubject(st.last.subject(), subject)) {
            // 由2017年的3150.2亿元增加至4715.7亿元，增长13.3%: the growth of that change, over its years
            ref = ref.asChangeOver(st.last.value().periodFrom(), st.last.value().periodTo());
        }
        if (subject.inherited() && st.last != null && st.last.value().basis() == Basis.SHARE
                && ref.basis() != Basis.SHARE && q.isPercent() && sameSubject(st.last.subject(), subject)
                && SubjectFinder.continuesAChange(text, st.last.value().end(), q.start())) {
            // 贡献率从2020年的16.8%提升到2025年的27%: the value reached is the same share, not a growth
            ref = ref.asShare();
        }
        if (wholeYear != null) {
            ref = ref.asPartOfYear(wholeYear, res.year());
        }
        if (ref.basis() == Basis.SHARE && q.isPercent()) {
            measure = Measure.RATE;
        }
        double doubt = ref.doubt();
        boolean lone = false;
        if (!stretch && res.kind() == ValueKind.TARGET && !baseEarlierInSentence(subject, st)
                && (st.reference.stretch().opensClause(st.clauseStart, Math.min(q.start(), start + 1))
                || st.reference.stretch().leadIn(zoneFrom, q.start()))) {
            // 力争固定资产投资增长6%, 固定资产投资力争增长15%左右, with no base beside it: the report names only the
            // goal it strives for
            lone = true;
        } else if (!stretch && res.kind() == ValueKind.TARGET && subject.inherited() && st.last != null
                && st.last.loneStretch() && sameSubject(st.last.subject(), subject)) {
            // 力争外贸出口12.1亿元,增长10%: the growth is of the same goal striven for
            lone = true;
        }
        if (lone) {
            stretch = true;
            doubt *= LONE_STRETCH_DOUBT;
        }
        IndicatorValue v = new IndicatorValue(subject.code(), subject.name(), measure, res.kind(), ref.year(),
                value, q.unit(), normalized, normalizedUnit, qualifier, low, high, stretch, estimated, false,
                start, qual.end(), sentence, Math.max(0.05, confidence * doubt), ref.basis(), ref.periodFrom(), ref.periodTo(), ref.scope(),
                ref.scopeName());
        return new Emitted(v, subject, measure, res.year(), stretch, lone, ref.milestone(), ref.adjusted());
    }

    private static double confidence(Quantity q, Subject subject, Measure measure, KindResolver.Resolution res,
                                     int wordsBetween) {
        double c = subject.entry() != null ? 0.9 : 0.6;
        // 地区生产总值完成3802亿元 is read with ease; the further the number from the name, the more can stand between
        if (wordsBetween > FAR) {
            c -= 0.1;
        }
        if (wordsBetween > VERY_FAR) {
            c -= 0.1;
        }
        if (subject.inherited()) {
            c -= 0.1;
        }
        if (res.guessed()) {
            c -= 0.1;
        }
        if (q.damaged()) {
            c *= 0.5;
        }
        if (subject.entry() != null && measure == Measure.LEVEL && !subject.entry().typicalUnits().isEmpty()
                && !subject.entry().typicalUnits().contains(q.unit())) {
            // 市场主体23户: a unit the indicator is never reported in, probably a character lost on the web page
            c *= 0.5;
        }
        return Math.max(0.05, Math.min(1.0, c));
    }

    /** A value of the same indicator earlier in the sentence that is no stretch: the base a 力争 goes beyond. */
    private static boolean baseEarlierInSentence(Subject subject, IndicatorExtractor.SentenceState st) {
        return st.last != null && !st.last.stretch() && sameSubject(st.last.subject(), subject);
    }

    private static boolean sameSubject(Subject a, Subject b) {
        return a.code() != null ? a.code().equals(b.code()) : a.name().equals(b.name());
    }

    private static int sentenceEnd(String text, int from) {
        int limit = Math.min(text.length(), from + IndicatorExtractor.WINDOW);
        int i = from;
        while (i < limit && !SentenceSplitter.isSentenceEnd(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** 城镇登记失业率控制在3.6%: a word of [result_held_at] right before the number. */
    private static boolean heldAt(String text, int numberStart) {
        for (String w : ValueWords.RESULT_HELD_AT) {
            if (numberStart >= w.length() && text.startsWith(w, numberStart - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Bounded search: String.indexOf would run on to the end of the document when the word is absent. */
    static int indexOf(String text, String s, int from, int to) {
        char first = s.charAt(0);
        for (int i = Math.max(0, from); i + s.length() <= to; i++) {
            if (text.charAt(i) == first && text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }
}
