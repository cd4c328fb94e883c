package io.zhibiao.core.model;

/**
 * One row both reviewers judged: the first verdict (as it stood before any adjudication) and the second, with
 * the readings each holds right (null for a rejection), and the decision if one was made.
 */
public record RowComparison(long indicatorId, long documentId, String name, String sentence,
                            Verdict firstVerdict, FigureReading first, Verdict secondVerdict, FigureReading second,
                            Adjudication decided) {

    public boolean sameVerdict() {
        return firstVerdict == secondVerdict;
    }

    /** Whether both hold the row a figure, so that their values can be compared. */
    public boolean bothReadAFigure() {
        return first != null && second != null;
    }

    /** Both read a figure and it is the same value, unit and code. */
    public boolean sameValue() {
        return bothReadAFigure() && first.sameAs(second);
    }

    /** What adjudication must settle: a different verdict, or a different figure. */
    public boolean disagree() {
        return !sameVerdict() || (bothReadAFigure() && !sameValue());
    }
}
