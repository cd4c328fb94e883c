package io.zhibiao.core.review;

import io.zhibiao.core.corpus.CleanedText;
import io.zhibiao.core.corpus.TextCleaner;
import io.zhibiao.core.extract.ExtractionContext;
import io.zhibiao.core.extract.number.NumberParser;
import io.zhibiao.core.extract.scan.NumberTokenScanner;
import io.zhibiao.core.extract.scan.Quantity;
import io.zhibiao.core.extract.text.SentenceSplitter;
import io.zhibiao.core.model.Detected;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.DocumentProfile;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.pipeline.BundledData;
import io.zhibiao.core.pipeline.ReportPipeline;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Pre-fills the "add indicator" form from a text selection. The engine reads the selection's sentence
 * first (its context decides target vs actual and the subject when only "18家" was selected), then the
 * selection alone; a selection the engine makes nothing of still yields its number and unit.
 */
final class SelectionDrafts {
    /** How far back a sentence start is looked for: a page without punctuation must not be read whole. */
    private static final int SENTENCE_REACH = 400;
    /** Confidence of a draft: the analyst, not the engine, vouches for an added indicator. */
    private static final double ANALYST_CONFIDENCE = 1.0;

    private final Supplier<ReportPipeline> pipeline;
    private final TextCleaner cleaner = new TextCleaner();
    private final NumberTokenScanner scanner = new NumberTokenScanner();

    SelectionDrafts(Supplier<ReportPipeline> pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /** @param regionCode the report's own region (null when not known), which the engine reads places by */
    IndicatorValue draft(String text, int start, int end, int reportYear, DocumentKind kind, String regionCode) {
        Objects.requireNonNull(text, "originalText");
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("The selection " + start + ".." + end
                    + " is empty or outside the text (length " + text.length() + ").");
        }
        ExtractionContext context = new ExtractionContext(reportYear, kind);
        Region region = regionCode == null ? null : BundledData.gazetteer().byCode(regionCode);
        int sentenceFrom = SentenceSplitter.sentenceStart(text, start, Math.max(0, start - SENTENCE_REACH));
        int sentenceTo = Math.max(end, Math.min(text.length(),
                Math.min(SentenceSplitter.sentenceEnd(text, start), end + SENTENCE_REACH)));
        String sentence = text.substring(sentenceFrom, sentenceTo).strip();

        IndicatorValue found = best(extract(text, sentenceFrom, sentenceTo, context, region), start, end);
        if (found == null) {
            found = best(extract(text, start, end, context, region), start, end);
        }
        if (found != null) {
            boolean inside = found.start() >= start && found.end() <= end;
            return found.withSpanSentenceConfidence(inside ? found.start() : start, inside ? found.end() : end,
                    sentence, ANALYST_CONFIDENCE);
        }
        return fromNumber(text.substring(start, end), start, end, sentence);
    }

    /** The engine's values in text[from, to), with offsets into the whole text. */
    private List<IndicatorValue> extract(String text, int from, int to, ExtractionContext context, Region region) {
        CleanedText cleaned = cleaner.clean(text.substring(from, to));
        DocumentProfile profile = new DocumentProfile(null, region == null ? Detected.none() : new Detected<>(region, 1.0),
                new Detected<>(context.reportYear(), 1.0), new Detected<>(context.kind(), 1.0), null, null, null);
        return pipeline.get().extract(cleaned, profile).stream()
                .map(v -> IndicatorField.END.with(IndicatorField.START.with(v, v.start() + from), v.end() + from))
                .toList();
    }

    /** The value overlapping the selection most; quantitative values win over qualitative ones. */
    private static IndicatorValue best(List<IndicatorValue> values, int start, int end) {
        IndicatorValue best = null;
        int bestScore = 0;
        for (IndicatorValue v : values) {
            int overlap = Math.min(end, v.end()) - Math.max(start, v.start());
            if (overlap <= 0) {
                continue;
            }
            int score = overlap + (v.value() != null ? 1_000_000 : 0);
            if (score > bestScore) {
                best = v;
                bestScore = score;
            }
        }
        return best;
    }

    /** The selection's first number with its unit, or the selection read as a bare number, or an empty form. */
    private IndicatorValue fromNumber(String selected, int start, int end, String sentence) {
        List<Quantity> quantities = scanner.scan(cleaner.clean(selected).cleaned());
        Double value = null;
        String unit = null;
        Double normalized = null;
        String normalizedUnit = null;
        Double low = null;
        Double high = null;
        if (!quantities.isEmpty()) {
            Quantity q = quantities.get(0);
            value = q.value();
            unit = q.unit();
            normalizedUnit = q.normalizedUnit();
            normalized = normalizedUnit == null && q.multiplier() == 1 ? null : value * q.multiplier();
            if (q.high() != null) {
                low = q.value();
                high = q.high();
            }
        } else {
            value = NumberParser.parse(selected);
        }
        return new IndicatorValue(null, null, null, null, null, value, unit, normalized, normalizedUnit,
                low != null ? io.zhibiao.core.model.Qualifier.RANGE : null, low, high, false, false, false,
                start, end, sentence, ANALYST_CONFIDENCE);
    }
}
