package io.zhibiao.core.backup;

import io.zhibiao.core.catalog.Lesson;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyst's catalog layer is part of the store's state: a backup carries it and a restore brings it back. */
class BackupCarriesCatalogTest {
    @TempDir
    Path dir;

    @Test
    void aRestoreBringsBackTheCatalogOfTheBackupAndItsSafetyCopyTheOneReplaced() throws Exception {
        Path db = dir.resolve("store/zhibiao");
        Backups backups = new Backups(db, 10);
        Backup taken;
        String atBackup;
        try (Store store = Store.open(db)) {
            StoreCatalog catalog = StoreCatalog.of(store);
            catalog.alias("GDP", "经济总盘子");
            catalog.teach(Lesson.notAnIndicator("拨付资金"));
            atBackup = Files.readString(catalog.file());
            taken = backups.backUp(store);
            catalog.alias("GDP", "经济块头");
        }
        try (ZipFile zip = new ZipFile(taken.file().toFile())) {
            assertEquals(atBackup, new String(zip.getInputStream(zip.getEntry("catalog.csv")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        String later = Files.readString(db.resolveSibling("catalog.csv"));

        Restored restored = backups.restore(taken.file());

        assertEquals(atBackup, Files.readString(db.resolveSibling("catalog.csv")));
        StoreCatalog back = StoreCatalog.beside(db);
        assertEquals("GDP", back.current().active().lookup("经济总盘子").orElseThrow().code());
        assertTrue(back.current().active().lookup("经济块头").isEmpty());
        assertEquals(java.util.List.of("拨付资金"), back.current().active().notIndicatorPhrases());

        backups.restore(restored.previousState().orElseThrow().file());
        assertEquals(later, Files.readString(db.resolveSibling("catalog.csv")), "undoing the restore brings the later layer back");
        assertFalse(Files.list(db.getParent()).anyMatch(p -> p.getFileName().toString().startsWith(".zhibiao-tmp")));
    }
}
