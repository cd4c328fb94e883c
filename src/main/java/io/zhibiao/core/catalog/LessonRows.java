package io.zhibiao.core.catalog;

import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.CatalogRow;

import java.util.ArrayList;
import java.util.List;

/** A lesson taken back out of the user's layer ({@link StoreCatalog#unteach}): rows in, rows out. */
final class LessonRows {
    private LessonRows() {
    }

    /**
     * The layer without the lesson: its phrase leaves the row it was added to, and a row left with nothing of
     * its own leaves the layer.
     */
    static List<CatalogRow> without(List<CatalogRow> userRows, Lesson lesson) {
        String key = PhraseTrie.fold(lesson.phrase());
        List<CatalogRow> rows = new ArrayList<>();
        for (CatalogRow r : userRows) {
            if (!r.entry().code().equals(lesson.code())) {
                rows.add(r);
                continue;
            }
            List<String> aliases = new ArrayList<>(r.entry().aliases());
            aliases.removeIf(a -> PhraseTrie.fold(a).equals(key));
            CatalogEntry e = ImportedRows.with(r.entry(), aliases);
            boolean empty = lesson.isNotAnIndicator() ? aliases.isEmpty() : ImportedRows.isEmpty(e) && !r.retired();
            if (!empty) {
                rows.add(new CatalogRow(e, r.place(), r.retired()));
            }
        }
        return rows;
    }
}
