package io.zhibiao.core.pipeline;

import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.corpus.TextCleaner;
import io.zhibiao.core.detect.DocumentDetector;
import io.zhibiao.core.detect.Gazetteer;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.extract.IndicatorExtractor;

/**
 * The gazetteer and catalog shipped in the jar, loaded on first use only: a command that never
 * extracts does not pay for them, and every later import shares the same immutable instances.
 */
public final class BundledData {
    public static final Gazetteer GAZETTEER = Gazetteer.load();
    public static final IndicatorCatalog CATALOG = IndicatorCatalog.loadDefault();
    static final ReportPipeline PIPELINE = new ReportPipeline(new ReportFileReader(), new TextCleaner(),
            new DocumentDetector(GAZETTEER), new IndicatorExtractor(CATALOG));

    private BundledData() {
    }
}
