package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.catalog.AliasMatch;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.Measure;

import java.util.List;

/**
 * Targets stated without a number: "城乡居民收入增长与经济增长基本同步", "单位GDP能耗完成省下达的任务",
 * "PM2.5平均浓度持续下降". Only clauses that hold a catalog indicator and one of these cue phrases count,
 * so ordinary prose about an indicator is not taken for a target.
 */
public final class QualitativeTargetReader {
    private static final String[] CUES = {"同步", "任务", "目标", "持续下降", "持续上升", "稳中有降", "稳中有升",
            "只降不升", "持续改善", "持续提高"};
    private static final String[] GROWTH_WORDS = {"增长", "同步", "下降", "上升", "提高", "稳中有"};

    /** A qualitative target found in a clause. */
    public record Found(Subject subject, Measure measure) {
    }

    private final IndicatorCatalog catalog;

    public QualitativeTargetReader(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /** The qualitative target of clause [from, to), which must hold no number, or null. */
    public Found read(CharSequence text, int from, int to) {
        if (!Words.containsAny(text, from, to, CUES)) {
            return null;
        }
        List<AliasMatch> matches = catalog.findAll(text, from, to);
        if (matches.isEmpty()) {
            return null;
        }
        AliasMatch m = matches.get(0);
        Subject s = new Subject(m.entry(), text.subSequence(m.start(), m.end()).toString(), m.start(), m.end(), false);
        Measure measure;
        if (m.entry().onlyRate()) {
            measure = Measure.RATE;
        } else if (Words.containsAny(text, m.end(), to, GROWTH_WORDS) && m.entry().measures().contains(Measure.GROWTH)) {
            measure = Measure.GROWTH;
        } else {
            measure = m.entry().measures().iterator().next();
        }
        return new Found(s, measure);
    }
}
