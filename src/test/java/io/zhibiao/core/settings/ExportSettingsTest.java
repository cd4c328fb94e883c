package io.zhibiao.core.settings;

import io.zhibiao.core.export.ExportFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export dialog's last choices come back after a restart; damaged entries are skipped, not fatal. */
class ExportSettingsTest {
    @TempDir
    Path tmp;

    @Test
    void theLastExportChoicesComeBackAfterARestart() {
        Path file = tmp.resolve("settings.properties");
        Settings s = Settings.load(file);
        assertNull(s.lastExportScope());
        assertEquals(ExportFilter.NONE, s.lastExportFilter());
        ExportFilter f = new ExportFilter(Set.of("湖北省", "咸宁市"), Set.of(2023, 2024), ExportFilter.VERIFIED_ONLY,
                Set.of(), true, Set.of(3L, 12L));
        s.setLastExportFilter(f);
        s.setLastExportScope("PANES");
        s.setLastExportSheets(Set.of("INDICATORS", "PANEL"));
        s.save();

        Settings again = Settings.load(file);
        assertEquals(f, again.lastExportFilter());
        assertTrue(again.lastExportFilter().verifiedOnly());
        assertEquals("PANES", again.lastExportScope());
        assertEquals(Set.of("INDICATORS", "PANEL"), again.lastExportSheets());
    }

    @Test
    void damagedEntriesAreSkipped() throws Exception {
        Path file = tmp.resolve("settings.properties");
        Files.writeString(file, "export.years=2024,twenty\nexport.statuses=verified,approved\n"
                + "export.excludedDocuments=5,x\nexport.catalogOnly=yes\n", StandardCharsets.UTF_8);
        ExportFilter f = Settings.load(file).lastExportFilter();
        assertEquals(Set.of(2024), f.years());
        assertEquals(1, f.statuses().size());
        assertEquals(Set.of(5L), f.excludedDocuments());
        assertEquals(false, f.catalogOnly());
    }
}
