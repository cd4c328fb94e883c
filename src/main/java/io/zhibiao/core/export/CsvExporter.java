package io.zhibiao.core.export;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.store.Store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Writes the Indicators table as CSV: UTF-8 with a byte order mark (without it Excel reads Chinese as
 * mojibake), CRLF line ends, RFC 4180 quoting, and text that could run as a formula neutralised.
 * Written atomically like the workbook.
 */
public final class CsvExporter {
    static final char BOM = '\uFEFF';

    private CsvExporter() {
    }

    public static ExportSummary export(Store store, ExportRequest request, Path out, ExportProgress progress,
                                       BooleanSupplier cancelled) {
        Instant started = Instant.now();
        ExportScope scope = ExportScope.resolve(store, request);
        IndicatorColumns columns = new IndicatorColumns(Labels.of(request.language()),
                StoreCatalog.of(store).current().active(), request.zone());
        long[] count = new long[1];
        ExportTarget.write(out, store.location().toAbsolutePath().getParent(), stream -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
                w.write(BOM);
                writeLine(w, columns.headers().stream().map(ExportCell::text).toList());
                count[0] = IndicatorPass.run(store, scope, r -> writeLine(w, columns.cells(r)), progress, cancelled);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        return new ExportSummary(out, Map.of(ExportSheet.INDICATORS, (int) count[0]), scope.documents().size(),
                Set.of(), 0, Duration.between(started, Instant.now()));
    }

    static void writeLine(Writer w, List<ExportCell> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(CsvCells.field(cells.get(i)));
            }
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
