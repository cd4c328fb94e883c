package io.zhibiao.core.store;

import io.zhibiao.core.model.DocumentKind;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document without its texts, as listed in the workbench.
 *
 * @param regionName           name of the effective region from the gazetteer table, null if unknown
 * @param storedIndicatorCount how many indicators the engine wrote at import (integrity check)
 * @param indicatorCount       indicators currently shown: engine and analyst rows not deleted
 * @param reviewedCount        of those, how many are no longer unreviewed
 * @param overrideVersion      raised by one with every change of the analyst's region, year or kind: a
 *                             correction names the version it is based on (see V6__row_versions.sql)
 */
public record DocumentSummary(long id, String sourcePath, String fileName, String contentHash, long fileSize,
                              String format, String encoding, String title,
                              String regionCode, Double regionConfidence,
                              Integer reportYear, Double yearConfidence,
                              DocumentKind kind, Double kindConfidence,
                              String regionCodeOverride, Integer reportYearOverride, DocumentKind kindOverride,
                              String regionName,
                              LocalDate publishedOn, LocalDate deliveredOn,
                              String speaker, String speakerTitle, String publisher, String indexNumber,
                              Instant importedAt, Long previousVersionId,
                              int storedIndicatorCount, int indicatorCount, int reviewedCount, long overrideVersion) {

    /** A summary of a document whose corrections were never changed (version 0). */
    public DocumentSummary(long id, String sourcePath, String fileName, String contentHash, long fileSize,
                           String format, String encoding, String title, String regionCode, Double regionConfidence,
                           Integer reportYear, Double yearConfidence, DocumentKind kind, Double kindConfidence,
                           String regionCodeOverride, Integer reportYearOverride, DocumentKind kindOverride,
                           String regionName, LocalDate publishedOn, LocalDate deliveredOn, String speaker,
                           String speakerTitle, String publisher, String indexNumber, Instant importedAt,
                           Long previousVersionId, int storedIndicatorCount, int indicatorCount, int reviewedCount) {
        this(id, sourcePath, fileName, contentHash, fileSize, format, encoding, title, regionCode, regionConfidence,
                reportYear, yearConfidence, kind, kindConfidence, regionCodeOverride, reportYearOverride, kindOverride,
                regionName, publishedOn, deliveredOn, speaker, speakerTitle, publisher, indexNumber, importedAt,
                previousVersionId, storedIndicatorCount, indicatorCount, reviewedCount, 0);
    }

    /** The analyst's region if set, else the detected one. */
    public String effectiveRegionCode() {
        return regionCodeOverride != null ? regionCodeOverride : regionCode;
    }

    public Integer effectiveYear() {
        return reportYearOverride != null ? reportYearOverride : reportYear;
    }

    public DocumentKind effectiveKind() {
        return kindOverride != null ? kindOverride : kind;
    }

    public boolean fullyReviewed() {
        return reviewedCount == indicatorCount;
    }
}
