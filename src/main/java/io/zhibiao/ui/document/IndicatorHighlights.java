package io.zhibiao.ui.document;

import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.StoredIndicator;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Turns indicator spans into style classes for the report text: colour by status, underline for targets. */
final class IndicatorHighlights {
    private IndicatorHighlights() {
    }

    static StyleSpans<Collection<String>> of(int textLength, List<StoredIndicator> indicators, StoredIndicator selected) {
        List<StoredIndicator> sorted = indicators.stream()
                .filter(i -> i.value().end() > i.value().start() && i.value().end() <= textLength)
                .sorted(Comparator.comparingInt((StoredIndicator i) -> i.value().start()))
                .toList();
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        for (StoredIndicator i : sorted) {
            int start = Math.max(i.value().start(), pos);
            int end = i.value().end();
            if (end <= start) {
                continue; // overlaps the previous span: the first one keeps the highlight
            }
            b.add(List.of(), start - pos);
            b.add(classes(i, selected), end - start);
            pos = end;
        }
        b.add(List.of(), Math.max(0, textLength - pos));
        return b.create();
    }

    private static List<String> classes(StoredIndicator i, StoredIndicator selected) {
        String status = selected != null && selected.id() == i.id() ? "ind-selected" : "ind-" + i.status().id();
        return i.value().kind() == ValueKind.TARGET ? List.of(status, "ind-target") : List.of(status);
    }
}
