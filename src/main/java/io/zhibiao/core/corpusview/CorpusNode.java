package io.zhibiao.core.corpusview;

import java.util.List;

/**
 * One node of the corpus tree: a region, a year, or a document. Counts add up over the subtree, so
 * every level shows how much review is left below it.
 */
public record CorpusNode(Type type, String label, String regionCode, Integer year, Long documentId,
                         String documentKind, int documents, int indicators, int unreviewed,
                         List<CorpusNode> children) {

    public enum Type { ROOT, PROVINCE, PREFECTURE, COUNTY, UNKNOWN_REGION, YEAR, DOCUMENT }

    public boolean isDocument() {
        return type == Type.DOCUMENT;
    }
}
