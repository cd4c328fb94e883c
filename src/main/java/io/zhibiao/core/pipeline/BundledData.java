package io.zhibiao.core.pipeline;

import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.corpus.TextCleaner;
import io.zhibiao.core.detect.DocumentDetector;
import io.zhibiao.core.detect.Gazetteer;
import io.zhibiao.core.extract.IndicatorExtractor;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;

/**
 * The gazetteer, catalog and pipeline shipped in the jar, each built on first use only (holder
 * classes): the workbench's start-up needs the catalog's names but not the detection automaton, and a
 * command that never extracts pays for neither. Every later use shares the same immutable instance.
 */
public final class BundledData {
    private BundledData() {
    }

    public static Gazetteer gazetteer() {
        return GazetteerHolder.VALUE;
    }

    public static IndicatorCatalog catalog() {
        return CatalogHolder.VALUE;
    }

    static ReportPipeline pipeline() {
        return PipelineHolder.VALUE;
    }

    private static final class GazetteerHolder {
        static final Gazetteer VALUE = Gazetteer.load();
    }

    private static final class CatalogHolder {
        static final IndicatorCatalog VALUE = IndicatorCatalog.loadDefault();
    }

    private static final class PipelineHolder {
        static final ReportPipeline VALUE = new ReportPipeline(new ReportFileReader(), new TextCleaner(),
                new DocumentDetector(gazetteer()), new IndicatorExtractor(catalog()), gazetteer());
    }
}
