package io.zhibiao.core.model;

/**
 * An engine row as the second reviewer sees it: the engine's name and reading, the sentence, and their own
 * verdict so far (null before they judged it); never the first analyst's verdict or corrections.
 */
public record SecondReviewRow(long indicatorId, long documentId, String name, String sentence,
                              FigureReading engine, SecondVerdict mine) {
    public SecondReviewRow withMine(SecondVerdict v) {
        return new SecondReviewRow(indicatorId, documentId, name, sentence, engine, v);
    }
}
