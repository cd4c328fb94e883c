package io.zhibiao.core.export;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.model.CommentsTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;

/**
 * A streaming workbook tuned for large exports. POI keeps the workbook's structure (styles, frozen
 * panes, filters, print setup, comments, conditional formats); the rows of each sheet come from a
 * {@link SheetRows} file the export writes directly, injected where POI would put its own rows.
 * The sheet XML of 100,000 rows is over a hundred megabytes: it is zipped with the fastest deflate
 * level (default compression spends seconds on it for a file only about a fifth smaller), and the rows are
 * deflated on a thread of their own while the export writes them; writing the workbook joins each sheet's
 * XML around its rows to the rows already deflated ({@link #injectData}).
 */
final class FastZipWorkbook extends SXSSFWorkbook {
    private final Map<SXSSFSheet, SheetRows> rows = new IdentityHashMap<>();
    private final Map<SXSSFSheet, SheetExtras> extras = new IdentityHashMap<>();
    private final SharedStrings shared;
    private final ExecutorService deflating = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zhibiao-export-deflate");
        t.setDaemon(true);
        return t;
    });

    FastZipWorkbook() {
        super(1);
        // the dimension comes from SheetWriter: POI sees no rows of its own to derive it from
        setShouldCalculateSheetDimensions(false);
        // commons-compress's own zip stream, not POI's Zip64 one (Zip64Mode.Always), which has no raw entries;
        // no part of a workbook of Excel's 1,048,576 rows comes near the 4 GB that would need Zip64
        setZip64Mode(Zip64Mode.AsNeeded);
        shared = new SharedStrings(getXSSFWorkbook().getSharedStringSource());
    }

    /** The rows of a sheet of this workbook, created on first use. */
    SheetRows rowsOf(SXSSFSheet sheet) {
        return rows.computeIfAbsent(sheet, s -> new SheetRows(shared, deflating));
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
        write(replaced.isEmpty() ? written : new ReplacedEntries(written, replaced), out);
    }

    /**
     * POI's own loop over the parts ({@code SXSSFWorkbook.injectData}), except that a sheet whose rows were
     * deflated already is stored as a raw entry: its XML before and after {@code <sheetData>} deflated here and
     * joined to the rows, with the checksum of the whole combined from those of the pieces.
     */
    private void write(ZipEntrySource source, OutputStream out) throws IOException {
        Map<String, SXSSFSheet> sheets = new HashMap<>();
        for (int i = 0; i < getNumberOfSheets(); i++) {
            sheets.put(entryName(getXSSFWorkbook().getSheetAt(i)), getSheetAt(i));
        }
        ZipArchiveOutputStream zip = createArchiveOutputStream(out);
        try {
            Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                try (InputStream in = source.getInputStream(entry)) {
                    if (in instanceof ZipArchiveThresholdInputStream guarded) {
                        // the parts are POI's own, just written: no zip bomb to guard against
                        guarded.setGuardState(false);
                    }
                    SXSSFSheet sheet = sheets.get(entry.getName());
                    SheetRows data = sheet == null ? null : rows.get(sheet);
                    if (data != null) {
                        RawSheetEntry.write(zip, entry, in.readAllBytes(), data.deflated());
                    } else if (sheet != null) {
                        copy(zip, entry, in, RawSheetEntry.around(in.readAllBytes()), super.createSheetInjector(sheet));
                    } else {
                        copy(zip, entry, in, null, null);
                    }
                }
            }
        } finally {
            zip.finish();
            source.close();
        }
    }

    private static void copy(ZipArchiveOutputStream zip, ZipArchiveEntry entry, InputStream in, byte[][] around,
                             ISheetInjector injector) throws IOException {
        ZipArchiveEntry copied = new ZipArchiveEntry(entry.getName());
        if (entry.getSize() != -1 && around == null) {
            copied.setSize(entry.getSize());
        }
        if (entry.getTime() != -1) {
            copied.setTime(entry.getTime());
        }
        zip.putArchiveEntry(copied);
        try {
            if (around == null) {
                IOUtils.copy(in, zip);
            } else {
                zip.write(around[0]);
                injector.writeSheetData(zip);
                zip.write(around[1]);
            }
        } finally {
            zip.closeArchiveEntry();
        }
    }

    private static String entryName(POIXMLDocumentPart part) {
        return part.getPackagePart().getPartName().getName().substring(1);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    @Override
    public boolean dispose() {
        deflating.shutdownNow();
        rows.values().forEach(SheetRows::delete);
        rows.clear();
        extras.clear();
        return super.dispose();
    }
}
