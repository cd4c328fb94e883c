package io.zhibiao.core.extract.analysis;

/**
 * The words that make a target a stretch (力争, 争取…): opening its clause, between its name and its value, or
 * between a base target and a later value of the same indicator. One instance per text.
 */
public final class StretchWords {
    private final String text;
    private final ReferenceCues cues;

    StretchWords(String text, ReferenceCues cues) {
        this.text = text;
        this.cues = cues;
    }

    /** 进出口总值力争增长10%: a word of [stretch_lead] between the indicator's name and its value. */
    public boolean leadIn(int from, int to) {
        return from < to && cues.stretchLead.lastIn(text, from, to, (w, s, e) -> w) != null;
    }

    /** 增长8%、力争9%; 增速“保8争9”: a stretch word between a target and a later value makes that value the stretch. */
    public boolean between(int from, int to) {
        return from < to && cues.stretchBetween.lastIn(text, from, to, (w, s, e) -> w) != null;
    }

    /** 形成更多实物工作量，力争固定资产投资增长6%: the clause opens with 力争 (after at most a separator). */
    public boolean opensClause(int clauseStart, int until) {
        int k = clauseStart;
        while (k < until && !Words.isCjk(text.charAt(k))) {
            k++;
        }
        return k < until && cues.stretchLead.longestAt(text, k, until, (w, s, e) -> w) != null;
    }
}
