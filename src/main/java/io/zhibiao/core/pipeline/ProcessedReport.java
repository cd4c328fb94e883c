package io.zhibiao.core.pipeline;

import io.zhibiao.core.corpus.CleanedText;
import io.zhibiao.core.corpus.RawText;
import io.zhibiao.core.model.DocumentProfile;
import io.zhibiao.core.model.IndicatorValue;

import java.util.List;

/**
 * A report file after reading, cleaning, detection and extraction. Indicator offsets point into the
 * original text ({@code raw.text()}).
 */
public record ProcessedReport(RawText raw, CleanedText cleaned, DocumentProfile profile,
                              List<IndicatorValue> indicators) {
}
