package io.zhibiao.core.export;

import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.compare.Outcome;
import io.zhibiao.core.compare.PairKey;
import io.zhibiao.core.compare.TargetActualPair;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Region;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One row per region × indicator × measure × year: target, stretch target, actual, difference, result. */
final class TargetsSheet {
    static final List<String> HEADER_KEYS = List.of("col.province", "col.region", "col.regionCode", "col.code",
            "col.indicator", "col.measure", "col.year", "col.target", "col.qualifierWords", "col.stretchTarget",
            "col.actual", "col.unit", "col.difference", "col.outcome", "col.stretchOutcome", "col.targetSource",
            "col.actualSource", "col.targetIndicatorId", "col.actualIndicatorId", "col.targetCandidates",
            "col.actualCandidates");
    static final int TARGET_COLUMN = HEADER_KEYS.indexOf("col.target");
    static final int ACTUAL_COLUMN = HEADER_KEYS.indexOf("col.actual");
    static final int OUTCOME_COLUMN = HEADER_KEYS.indexOf("col.outcome");

    private TargetsSheet() {
    }

    /** How many comments the sheet would carry: one per target (or stretch target) and one per actual. */
    static int commentsNeeded(List<TargetActualPair> pairs) {
        int n = 0;
        for (TargetActualPair p : pairs) {
            n += (p.decidingTarget() != null ? 1 : 0) + (p.actual() != null ? 1 : 0);
        }
        return n;
    }

    /** @param sentences where comments come from, or null for a sheet without comments */
    static int write(ExportContext ctx, List<TargetActualPair> pairs, SentenceSource sentences,
                     ExportProgress progress) {
        Labels l = ctx.labels();
        SheetWriter w = ctx.newSheet(ExportSheet.TARGETS_VS_ACTUALS, HEADER_KEYS, 5);
        int done = 0;
        for (TargetActualPair p : pairs) {
            PairKey k = p.key();
            Region region = ctx.scope().region(k.regionCode());
            Observation target = p.target();
            Observation stretch = p.stretchTarget();
            Observation actual = p.actual();
            Observation anyTarget = p.decidingTarget();
            String unit = actual != null && actual.unit() != null ? actual.unit()
                    : anyTarget != null ? anyTarget.unit() : null;
            String format = NumberFormats.forValue(k.measure(), unit, null);
            List<ExportCell> c = new ArrayList<>(HEADER_KEYS.size());
            c.add(ExportCell.text(region == null ? null : region.provinceName()));
            c.add(ExportCell.text(region == null ? null : region.name()));
            c.add(ExportCell.text(k.regionCode()));
            c.add(ExportCell.text(k.code()));
            c.add(ExportCell.text(ctx.indicatorName(k.code(), anyTarget != null ? anyTarget.name()
                    : actual != null ? actual.name() : null)));
            c.add(ExportCell.text(l.measure(k.measure())));
            c.add(ExportCell.integer(k.year()));
            c.add(targetCell(target, format));
            c.add(ExportCell.text(target == null ? null : l.qualifier(target.qualifier())));
            c.add(targetCell(stretch, format));
            c.add(actual == null || !actual.hasNumber() ? ExportCell.EMPTY
                    : ExportCell.number(actual.value(), NumberFormats.withQualifier(format, actual.qualifier()))
                    .marked(p.outcome() == Outcome.MISSED ? ExportCell.MISSED : 0));
            c.add(ExportCell.text(unit));
            c.add(ExportCell.number(p.difference(), format));
            c.add(ExportCell.text(l.outcome(p.outcome())));
            c.add(ExportCell.text(l.outcome(p.stretchOutcome())));
            c.add(ExportCell.text(source(ctx, target != null ? target : stretch)));
            c.add(ExportCell.text(source(ctx, actual)));
            c.add(ExportCell.integer(anyTarget == null ? null : anyTarget.indicatorId()));
            c.add(ExportCell.integer(actual == null ? null : actual.indicatorId()));
            c.add(ExportCell.integer(p.targetCandidates()));
            c.add(ExportCell.integer(p.actualCandidates()));
            Map<Integer, String> notes = new HashMap<>();
            if (sentences != null) {
                putSentence(notes, TARGET_COLUMN, sentences.of(target != null ? target : stretch));
                putSentence(notes, ACTUAL_COLUMN, sentences.of(actual));
            }
            w.row(c, notes);
            if (++done % 1000 == 0) {
                progress.progress(ExportSheet.TARGETS_VS_ACTUALS, done, pairs.size());
            }
        }
        highlightMissed(w, l.outcome(Outcome.MISSED));
        w.finish();
        return w.dataRows();
    }

    /** A target as a number with its qualifier in the format; a range as text (6.0–7.0). */
    static ExportCell targetCell(Observation t, String format) {
        if (t == null || !t.hasNumber()) {
            return ExportCell.EMPTY;
        }
        if (t.qualifier() == Qualifier.RANGE && t.low() != null && t.high() != null) {
            return ExportCell.text(NumberFormats.plain(t.low()) + "–" + NumberFormats.plain(t.high()));
        }
        return ExportCell.number(t.value(), NumberFormats.withQualifier(format, t.qualifier()));
    }

    private static String source(ExportContext ctx, Observation o) {
        if (o == null) {
            return null;
        }
        return o.documentTitle() != null ? o.documentTitle() : ctx.scope().documentLabel(o.documentId());
    }

    private static void putSentence(Map<Integer, String> notes, int column, String sentence) {
        if (sentence != null && !sentence.isBlank()) {
            notes.put(column, sentence);
        }
    }

    /** Missed rows get a light red fill; a rule, so it follows the row when the analyst sorts or filters. */
    private static void highlightMissed(SheetWriter w, String missedWord) {
        if (w.dataRows() == 0) {
            return;
        }
        SheetConditionalFormatting cf = w.sheet().getSheetConditionalFormatting();
        String col = CellReference.convertNumToColString(OUTCOME_COLUMN);
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(
                "$" + col + "2=\"" + missedWord.replace("\"", "\"\"") + "\"");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        cf.addConditionalFormatting(new CellRangeAddress[]{
                new CellRangeAddress(1, w.dataRows(), 0, HEADER_KEYS.size() - 1)}, rule);
    }
}
