package io.zhibiao.core.importer;

import io.zhibiao.core.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A folder of Markdown reports imports; files Zhibiao cannot read are counted and named, never silently dropped. */
class UnsupportedFilesTest {
    @TempDir
    Path dir;

    @Test
    void markdownImportsAndOtherTypesAreNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports/2022"));
        Files.writeString(folder.resolve("兰州.md"), "---\ntitle: 兰州市2022年政府工作报告\n---\n\n地区生产总值增长6%左右。\n");
        Files.writeString(folder.resolve("table.xls"), "not a report");
        Files.writeString(folder.resolve("notes.wps"), "not a report");
        Files.writeString(folder.resolve(".hidden.md"), "hidden");
        try (Store store = Store.open(dir.resolve("store/zhibiao"))) {
            ImportSummary s = ImportService.withBundledData(store).importPaths(List.of(dir.resolve("reports")),
                    ImportListener.NONE, () -> false);
            assertEquals(1, s.imported());
            assertEquals(0, s.failed());
            assertEquals(List.of(folder.resolve("notes.wps"), folder.resolve("table.xls")), s.unsupported());
            assertEquals("兰州市2022年政府工作报告", store.documents().listSummaries().get(0).title());
        }
    }
}
