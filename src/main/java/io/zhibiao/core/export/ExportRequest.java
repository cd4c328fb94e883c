package io.zhibiao.core.export;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What to export.
 *
 * @param documentIds the documents in scope (the UI passes its open panes or current filter); empty means
 *                    every document, where older versions of a re-imported file are left out
 * @param sheets      the sheets to write; {@link ExcelExporter} always adds About
 * @param language    {@link Locale#CHINESE} or {@link Locale#ENGLISH}: sheet names, headers and words
 * @param zone        the time zone that times are shown in
 */
public record ExportRequest(Set<Long> documentIds, ExportFilter filter, Set<ExportSheet> sheets, Locale language,
                            ZoneId zone) {

    public ExportRequest {
        documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
        filter = filter == null ? ExportFilter.NONE : filter;
        sheets = sheets == null || sheets.isEmpty() ? ExportSheet.all() : Set.copyOf(sheets);
        language = language == null ? Locale.CHINESE : language;
        zone = zone == null ? ZoneId.systemDefault() : zone;
    }

    /** Every sheet of every document, in Chinese. */
    public static ExportRequest allDocuments() {
        return new ExportRequest(Set.of(), ExportFilter.NONE, ExportSheet.all(), Locale.CHINESE, null);
    }

    public ExportRequest withDocuments(Set<Long> ids) {
        return new ExportRequest(ids, filter, sheets, language, zone);
    }

    public ExportRequest withFilter(ExportFilter f) {
        return new ExportRequest(documentIds, f, sheets, language, zone);
    }

    public ExportRequest withSheets(Set<ExportSheet> s) {
        return new ExportRequest(documentIds, filter, s, language, zone);
    }

    public ExportRequest withLanguage(Locale l) {
        return new ExportRequest(documentIds, filter, sheets, l, zone);
    }

    public ExportRequest withZone(ZoneId z) {
        return new ExportRequest(documentIds, filter, sheets, language, z);
    }

    /** The requested sheets plus About, in workbook order. */
    Set<ExportSheet> sheetsToWrite() {
        Set<ExportSheet> s = EnumSet.copyOf(sheets);
        s.add(ExportSheet.ABOUT);
        return s;
    }
}
