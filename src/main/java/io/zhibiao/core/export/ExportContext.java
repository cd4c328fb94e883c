package io.zhibiao.core.export;

import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;

import java.time.ZoneId;
import java.util.List;

/** What every sheet writer needs: the workbook, its styles, the words, the catalog and the scope. */
record ExportContext(FastZipWorkbook workbook, WorkbookStyles styles, Labels labels, IndicatorCatalog catalog,
                     ExportScope scope, ZoneId zone) {

    SheetWriter newSheet(ExportSheet sheet, List<String> headerKeys, int frozenColumns) {
        return new SheetWriter(workbook, styles, labels.sheet(sheet),
                headerKeys.stream().map(labels::get).toList(), frozenColumns);
    }

    /** The catalog name in the export's language, else the name as stated in the text. */
    String indicatorName(String code, String statedName) {
        return indicatorName(catalog, labels, code, statedName);
    }

    static String indicatorName(IndicatorCatalog catalog, Labels labels, String code, String statedName) {
        CatalogEntry e = code == null ? null : catalog.byCode(code).orElse(null);
        if (e == null) {
            return statedName != null ? statedName : code;
        }
        return labels.chinese() || e.nameEn().isBlank() ? e.nameZh() : e.nameEn();
    }
}
