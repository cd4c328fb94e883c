package io.zhibiao.core.portable;

import java.util.List;

/**
 * Where each document, and each indicator of a document, starts in a work file, noted by
 * {@link WorkFileScan}: checks that need the importing store (an indicator's span against the report's
 * text) come after the file was read, and still name the line.
 */
final class WorkFileLines {
    static final WorkFileLines UNKNOWN = new WorkFileLines(new int[0], List.of());

    private final int[] documents;
    private final List<int[]> indicators;

    WorkFileLines(int[] documents, List<int[]> indicators) {
        this.documents = documents;
        this.indicators = indicators;
    }

    /** " at line N" for the document's start, or "" when unknown. */
    String ofDocument(int document) {
        return document < documents.length ? " at line " + documents[document] : "";
    }

    /** " at line N" for the indicator's start, or "" when unknown. */
    String ofIndicator(int document, int indicator) {
        int[] lines = document < indicators.size() ? indicators.get(document) : null;
        return lines != null && indicator < lines.length ? " at line " + lines[indicator] : "";
    }
}
