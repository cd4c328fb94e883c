package io.zhibiao.core.pipeline;

import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.corpus.TextCleaner;
import io.zhibiao.core.detect.DocumentDetector;
import io.zhibiao.core.detect.Gazetteer;
import io.zhibiao.core.extract.IndicatorExtractor;
import io.zhibiao.core.extract.catalog.CatalogRow;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;

import java.util.List;

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

    /** The bundled catalog's rows with their lines, for a catalog merged with a user's. */
    public static List<CatalogRow> catalogRows() {
        return CatalogRowsHolder.VALUE;
    }

    static ReportPipeline pipeline() {
        return PipelineHolder.VALUE;
    }

    /** A pipeline that matches {@code catalog}, sharing the bundled reader, cleaner and detector. */
    static ReportPipeline pipeline(IndicatorCatalog catalog) {
        return new ReportPipeline(new ReportFileReader(), new TextCleaner(), DetectorHolder.VALUE,
                new IndicatorExtractor(catalog), gazetteer());
    }

    private static final class GazetteerHolder {
        static final Gazetteer VALUE = Gazetteer.load();
    }

    private static final class CatalogRowsHolder {
        static final List<CatalogRow> VALUE = IndicatorCatalog.readBundled();
    }

    private static final class CatalogHolder {
        static final IndicatorCatalog VALUE = IndicatorCatalog.of(catalogRows());
    }

    private static final class DetectorHolder {
        static final DocumentDetector VALUE = new DocumentDetector(gazetteer());
    }

    private static final class PipelineHolder {
        static final ReportPipeline VALUE = new ReportPipeline(new ReportFileReader(), new TextCleaner(),
                DetectorHolder.VALUE, new IndicatorExtractor(catalog()), gazetteer());
    }
}
