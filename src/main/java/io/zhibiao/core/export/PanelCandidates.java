package io.zhibiao.core.export;

import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.ReviewStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements the Panel chooses from, gathered while the indicators are written: every region's own
 * figure of one year (scope region, basis annual) of a headline indicator, with a number. Rejected ones
 * never count. Each statement remembers its row in the Indicators sheet, where the Panel links to it.
 */
final class PanelCandidates {
    /** Which of a year's columns a statement fills. */
    enum Role { TARGET, STRETCH, ACTUAL }

    /** One Panel cell: a block's row (its region) and a column (year and role). */
    record Figure(PanelHeadlines.Block block, String regionCode, int year, Role role) {
    }

    private final PanelHeadlines headlines;
    private final Map<Figure, List<Observation>> figures = new HashMap<>();
    private final Map<Long, Integer> indicatorRows = new HashMap<>();

    PanelCandidates(PanelHeadlines headlines) {
        this.headlines = headlines;
    }

    PanelHeadlines headlines() {
        return headlines;
    }

    /** @param indicatorsRow the statement's row in the Indicators sheet, or -1 when that sheet is not written */
    void offer(Observation o, int indicatorsRow) {
        if (o.status() == ReviewStatus.REJECTED || !o.regionYearFigure() || o.kind() == null
                || o.regionCode() == null || o.year() == null) {
            return;
        }
        PanelHeadlines.Block block = headlines.blockOf(o);
        if (block == null) {
            return;
        }
        Role role = o.kind() == ValueKind.ACTUAL ? Role.ACTUAL : o.stretch() ? Role.STRETCH : Role.TARGET;
        figures.computeIfAbsent(new Figure(block, o.regionCode(), o.year(), role), k -> new ArrayList<>(2)).add(o);
        if (indicatorsRow >= 0) {
            indicatorRows.put(o.indicatorId(), indicatorsRow);
        }
    }

    Map<Figure, List<Observation>> figures() {
        return figures;
    }

    /** The statement's row in the Indicators sheet, or -1. */
    int indicatorsRow(Observation o) {
        return indicatorRows.getOrDefault(o.indicatorId(), -1);
    }
}
