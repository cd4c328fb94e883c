package io.zhibiao.core.export;

import io.zhibiao.core.compare.FigureChoice;
import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.model.Qualifier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The comments of Panel cells: the statements of a figure whose statements disagree, each with its value,
 * review status, report and sentence; the note that a figure is an estimate; and, where the workbook has
 * no sheet to link to, the sentence the figure comes from.
 */
final class PanelNotes {
    /** Characters of a sentence kept around its number. */
    static final int EXCERPT = 60;
    /** Statements listed in one comment; a cell with more says how many were left out. */
    static final int MAX_LISTED = 8;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Labels labels;
    private final ExportScope scope;
    private final SentenceSource sentences;
    /** The words around a quoted sentence (：“{0}”), split once instead of formatted for every statement. */
    private final String[] quote;

    PanelNotes(Labels labels, ExportScope scope, SentenceSource sentences) {
        this.labels = labels;
        this.scope = scope;
        this.sentences = sentences;
        this.quote = labels.get("panel.quote").split("\\{0}", 2);
    }

    /** Reads, in one pass, the sentences the comments of these figures will quote. */
    void prepare(Collection<FigureChoice> conflicting, Collection<Observation> unlinked) {
        List<Observation> quoted = new ArrayList<>(unlinked);
        conflicting.forEach(c -> quoted.addAll(c.candidates().subList(0, Math.min(MAX_LISTED, c.candidates().size()))));
        sentences.load(quoted);
    }

    /** Every statement of a figure in conflict, the one shown first (▶). */
    String conflict(FigureChoice choice) {
        StringJoiner lines = new StringJoiner("\n");
        lines.add(labels.format("panel.conflict", choice.candidates().size()));
        int listed = 0;
        for (Observation o : choice.candidates()) {
            if (listed++ == MAX_LISTED) {
                lines.add(labels.format("panel.moreCandidates", choice.candidates().size() - MAX_LISTED));
                break;
            }
            lines.add((o == choice.chosen() ? "▶ " : "· ") + statement(o));
        }
        return lines.toString();
    }

    String estimated() {
        return labels.get("panel.estimatedNote");
    }

    /** Where the figure comes from, for a workbook without a sheet to link to. */
    String source(Observation o) {
        return labels.get("panel.source") + statement(o);
    }

    /** 13.8% · verified · 2024年上海市政府工作报告: “…全社会固定资产投资增长13.8%…” */
    private String statement(Observation o) {
        String title = o.documentTitle() != null ? o.documentTitle() : scope.documentLabel(o.documentId());
        String sentence = excerpt(sentences.of(o), o.value());
        return stated(o) + " · " + labels.status(o.status()) + " · " + title
                + (sentence == null ? "" : quote[0] + sentence + quote[1]);
    }

    /** The value as the report states it, with its qualifier and unit. */
    static String stated(Observation o) {
        String unit = o.unit() == null ? "" : o.unit();
        if (o.qualifier() == Qualifier.RANGE && o.low() != null && o.high() != null) {
            return NumberFormats.plain(o.low()) + "–" + NumberFormats.plain(o.high()) + unit;
        }
        String symbol = o.qualifier() == null || o.qualifier() == Qualifier.EQ ? "" : o.qualifier().symbol();
        return symbol + NumberFormats.plain(o.value()) + unit;
    }

    /**
     * About {@value #EXCERPT} characters of the sentence around the first place its number is written
     * (as digits), else its beginning; "…" where it was cut.
     */
    static String excerpt(String sentence, Double value) {
        if (sentence == null || sentence.isBlank()) {
            return null;
        }
        String s = SPACES.matcher(sentence.strip()).replaceAll(" ");
        if (s.length() <= EXCERPT) {
            return s;
        }
        int at = value == null ? -1 : s.indexOf(NumberFormats.plain(value));
        int from = at < 0 ? 0 : Math.max(0, Math.min(at - EXCERPT / 2, s.length() - EXCERPT));
        int to = Math.min(s.length(), from + EXCERPT);
        return (from > 0 ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
    }
}
