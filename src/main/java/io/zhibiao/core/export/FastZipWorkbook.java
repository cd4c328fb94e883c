package io.zhibiao.core.export;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.model.CommentsTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;

/**
 * A streaming workbook tuned for large exports. POI keeps the workbook's structure (styles, frozen
 * panes, filters, print setup, comments, conditional formats); the rows of each sheet come from a
 * {@link SheetRows} file the export writes directly, injected where POI would put its own rows.
 * The sheet XML of 100,000 rows is over a hundred megabytes: it is zipped with the fastest deflate
 * level (default compression spends seconds on it for a file only about a fifth smaller).
 */
final class FastZipWorkbook extends SXSSFWorkbook {
    private final Map<SXSSFSheet, SheetRows> rows = new IdentityHashMap<>();
    private final Map<SXSSFSheet, SheetExtras> extras = new IdentityHashMap<>();
    private final SharedStrings shared;

    FastZipWorkbook() {
        super(1);
        // the dimension comes from SheetWriter: POI sees no rows of its own to derive it from
        setShouldCalculateSheetDimensions(false);
        shared = new SharedStrings(getXSSFWorkbook().getSharedStringSource());
    }

    /** The rows of a sheet of this workbook, created on first use. */
    SheetRows rowsOf(SXSSFSheet sheet) {
        return rows.computeIfAbsent(sheet, s -> new SheetRows(shared));
    }

    /** The comments and links of a sheet of this workbook, created on first use. */
    SheetExtras extrasOf(SXSSFSheet sheet) {
        return extras.computeIfAbsent(sheet, s -> new SheetExtras());
    }

    /**
     * Copies the parts POI wrote into the file, with the comments, comment drawings and hyperlinks of
     * every sheet written from its {@link SheetExtras} (POI wrote only each sheet's first).
     */
    @Override
    protected void injectData(ZipEntrySource written, OutputStream out) throws IOException {
        Map<String, UnaryOperator<byte[]>> replaced = new HashMap<>();
        for (Map.Entry<SXSSFSheet, SheetExtras> e : extras.entrySet()) {
            XSSFSheet sheet = getXSSFWorkbook().getSheet(e.getKey().getSheetName());
            SheetExtras x = e.getValue();
            if (x.hasLinks()) {
                replaced.put(entryName(sheet), x::sheetWithLinks);
            }
            if (x.hasNotes()) {
                replaced.put(entryName(sheet.getVMLDrawing(false)), x::vmlDrawing);
                for (POIXMLDocumentPart part : sheet.getRelations()) {
                    if (part instanceof CommentsTable) {
                        replaced.put(entryName(part), poi -> x.commentsPart());
                    }
                }
            }
        }
        super.injectData(replaced.isEmpty() ? written : new ReplacedEntries(written, replaced), out);
    }

    private static String entryName(POIXMLDocumentPart part) {
        return part.getPackagePart().getPartName().getName().substring(1);
    }

    @Override
    protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
        SheetRows data = rows.get(sheet);
        return data == null ? super.createSheetInjector(sheet) : data::copyTo;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    @Override
    public boolean dispose() {
        rows.values().forEach(SheetRows::delete);
        rows.clear();
        extras.clear();
        return super.dispose();
    }
}
