package io.zhibiao.core.extract;

import io.zhibiao.core.extract.analysis.QualitativeTargetReader;
import io.zhibiao.core.extract.scan.Quantity;
import io.zhibiao.core.extract.text.Section;
import io.zhibiao.core.extract.text.SectionContext;
import io.zhibiao.core.extract.text.SentenceSplitter;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.ValueKind;

import java.util.List;

/** Walks the clauses of target sections once, recording targets stated without a number. */
final class QualitativePass {
    private QualitativePass() {
    }

    static void run(String text, List<Quantity> qs, SectionContext sections, ExtractionContext ctx,
                    QualitativeTargetReader reader, List<IndicatorValue> out) {
        int n = text.length();
        int qi = 0;
        int clauseStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == clauseStart && i < n && sections.at(i).kind() != ValueKind.TARGET) {
                // only a section of targets holds targets in words: pass over the others at once
                int next = sections.endOf(i);
                if (next >= n) {
                    break;
                }
                i = next;
                clauseStart = next;
            }
            if (i < n && !SentenceSplitter.isClauseEnd(text, i)) {
                continue;
            }
            int from = clauseStart;
            clauseStart = i + 1;
            if (i - from < 4 || i - from > IndicatorExtractor.WINDOW) {
                continue;
            }
            if (sections.at(from).kind() != ValueKind.TARGET || !hasCueChar(text, from, i)) {
                continue;
            }
            while (qi < qs.size() && qs.get(qi).end() <= from) {
                qi++;
            }
            if (qi < qs.size() && qs.get(qi).start() < i) {
                continue;
            }
            if (hasDigit(text, from, i)) {
                continue;
            }
            Section s = sections.at(from);
            if (s.kind() != ValueKind.TARGET) {
                continue;
            }
            List<QualitativeTargetReader.Found> found = reader.read(text, from, i);
            if (found.isEmpty()) {
                continue;
            }
            int sentenceStart = SentenceSplitter.sentenceStart(text, from, Math.max(0, from - IndicatorExtractor.WINDOW));
            int sentenceEnd = Math.min(SentenceSplitter.sentenceEnd(text, i), i + IndicatorExtractor.WINDOW);
            String sentence = text.substring(sentenceStart, sentenceEnd);
            for (QualitativeTargetReader.Found f : found) {
                out.add(new IndicatorValue(f.subject().code(), f.subject().name(), f.measure(), ValueKind.TARGET,
                        s.year(), null, null, null, null, null, null, null, false, false, true,
                        f.subject().start(), i, sentence, 0.6));
            }
        }
    }

    /** Cheap pre-check for the first characters of the cue phrases of {@link QualitativeTargetReader}. */
    private static boolean hasCueChar(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            switch (text.charAt(k)) {
                case '同', '任', '目', '持', '稳', '只', '高', '快', '约', '合':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                int b = k - 1;
                while (b >= from && (Character.isDigit(text.charAt(b)) || text.charAt(b) == '.')) {
                    b--;
                }
                // PM2.5 is a name, not a number
                if (b < from || !Character.isLetter(text.charAt(b)) || Character.isIdeographic(text.charAt(b))) {
                    return true;
                }
            }
        }
        return false;
    }
}
