package io.zhibiao.core.export;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.StoredIndicator;

import java.util.List;

/** One exported indicator with what the row needs from its document, region and tags. */
record IndicatorRecord(DocumentSummary document, Region region, StoredIndicator indicator, List<String> tags) {
}
