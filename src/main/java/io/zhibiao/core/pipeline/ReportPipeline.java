package io.zhibiao.core.pipeline;

import io.zhibiao.core.corpus.CleanedText;
import io.zhibiao.core.corpus.RawText;
import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.corpus.TextCleaner;
import io.zhibiao.core.corpus.UnreadableFileException;
import io.zhibiao.core.detect.DocumentDetector;
import io.zhibiao.core.detect.Gazetteer;
import io.zhibiao.core.extract.analysis.PlaceNames;
import io.zhibiao.core.extract.ExtractionContext;
import io.zhibiao.core.extract.IndicatorExtractor;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.DocumentProfile;
import io.zhibiao.core.model.IndicatorValue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading, cleaning, detection and extraction of one report: the single path that both import and
 * the {@code extract} command take, so what the store holds is exactly what the command line prints.
 * Thread-safe: the parts it holds are immutable after construction.
 */
public final class ReportPipeline {
    private final ReportFileReader reader;
    private final TextCleaner cleaner;
    private final DocumentDetector detector;
    private final IndicatorExtractor extractor;
    private final GazetteerPlaces places;

    public ReportPipeline(ReportFileReader reader, TextCleaner cleaner, DocumentDetector detector,
                          IndicatorExtractor extractor) {
        this(reader, cleaner, detector, extractor, null);
    }

    /** @param gazetteer the places a figure may belong to instead of the report's region, or null for none */
    public ReportPipeline(ReportFileReader reader, TextCleaner cleaner, DocumentDetector detector,
                          IndicatorExtractor extractor, Gazetteer gazetteer) {
        this.reader = reader;
        this.cleaner = cleaner;
        this.detector = detector;
        this.extractor = extractor;
        this.places = gazetteer == null ? null : new GazetteerPlaces(gazetteer);
    }

    /** The pipeline with the bundled gazetteer and indicator catalog, built once per process. */
    public static ReportPipeline withBundledData() {
        return BundledData.pipeline();
    }

    /** The pipeline with the bundled gazetteer and detection, matching indicators of {@code catalog}. */
    public static ReportPipeline withCatalog(IndicatorCatalog catalog) {
        return BundledData.pipeline(catalog);
    }

    public ProcessedReport process(Path file) throws UnreadableFileException {
        RawText raw = reader.read(file);
        return process(raw, file.getFileName().toString());
    }

    public ProcessedReport process(RawText raw, String fileName) {
        CleanedText cleaned = cleaner.clean(raw.text());
        DocumentProfile profile = detector.detect(cleaned.cleaned(), cleaned.metadata(), fileName);
        return new ProcessedReport(raw, cleaned, profile, extract(cleaned, profile));
    }

    /** Cleaning and detection alone: what the document is, without its indicators. */
    public DocumentProfile detect(RawText raw, String fileName) {
        CleanedText cleaned = cleaner.clean(raw.text());
        return detector.detect(cleaned.cleaned(), cleaned.metadata(), fileName);
    }

    /** Extraction alone, for a document whose text and profile are already known (re-runs, overrides). */
    public List<IndicatorValue> extract(CleanedText cleaned, DocumentProfile profile) {
        int year = profile.year().isPresent() ? profile.year().value() : LocalDate.now().getYear();
        DocumentKind kind = profile.kind().isPresent() ? profile.kind().value() : DocumentKind.OTHER;
        PlaceNames others = places == null ? PlaceNames.NONE
                : places.forRegion(profile.region().isPresent() ? profile.region().value() : null);
        List<IndicatorValue> found = extractor.extract(cleaned.cleaned(), new ExtractionContext(year, kind, others));
        List<IndicatorValue> mapped = new ArrayList<>(found.size());
        for (IndicatorValue v : found) {
            mapped.add(toOriginalOffsets(v, cleaned));
        }
        return mapped;
    }

    private static IndicatorValue toOriginalOffsets(IndicatorValue v, CleanedText cleaned) {
        int start = cleaned.toOriginal(v.start());
        int end = Math.max(start, cleaned.toOriginalEnd(v.end()));
        return v.withSpan(start, end);
    }
}
