package io.zhibiao.core.catalog;

import io.zhibiao.core.extract.catalog.CatalogCsv;
import io.zhibiao.core.extract.catalog.CatalogRow;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The user's layer as the text its file (or a team store's row) holds, in {@link CatalogCsv#writeLayer}'s columns. */
final class LayerText {
    private LayerText() {
    }

    /** The rows of {@code csv} (null: no layer yet), read as the file at {@code where} would be. */
    static List<CatalogRow> rows(String csv, String where) {
        if (csv == null) {
            return List.of();
        }
        return CatalogCsv.readLayer(new StringReader(csv), where);
    }

    static String of(List<CatalogRow> rows) {
        StringWriter w = new StringWriter();
        try {
            CatalogCsv.writeLayer(rows, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
