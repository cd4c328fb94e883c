package io.zhibiao.core.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class SettingsTest {
    @TempDir
    Path tmp;

    @Test
    void whatTheAnalystSetComesBackAfterARestart() {
        Path file = tmp.resolve("data/settings.properties");
        Settings s = Settings.load(file);
        s.setAnalyst("  王芳 ");
        s.setLanguage(Locale.SIMPLIFIED_CHINESE);
        s.setWindowBounds(10, 20, 1200, 800, true);
        s.setDivider(0.3);
        s.setOpenPanes(List.of(7L, 3L, 9L));
        s.setBackupsToKeep(4);
        s.setHiddenPaneColumns(java.util.Set.of("note", "code"));
        s.save();

        Settings again = Settings.load(file);
        assertEquals("王芳", again.analyst());
        assertEquals("zh", again.language().getLanguage());
        assertArrayEquals(new double[]{10, 20, 1200, 800, 1}, again.windowBounds());
        assertEquals(0.3, again.divider(0.5));
        assertEquals(List.of(7L, 3L, 9L), again.openPanes());
        assertEquals(4, again.backupsToKeep());
        assertEquals(java.util.Set.of("code", "note"), again.hiddenPaneColumns());
        assertFalse(Files.exists(file.resolveSibling("settings.properties.tmp")), "no temporary file left");
    }

    @Test
    void aMissingOrDamagedFileGivesTheDefaultsAndKeepsWhatIsReadable() throws Exception {
        Settings none = Settings.load(tmp.resolve("absent.properties"));
        assertEquals(System.getProperty("user.name"), none.analyst());
        assertNull(none.windowBounds());
        assertEquals(List.of(), none.openPanes());
        assertEquals(10, none.backupsToKeep());
        assertEquals(Settings.DEFAULT_HIDDEN_PANE_COLUMNS, none.hiddenPaneColumns());
        none.setHiddenPaneColumns(java.util.Set.of());
        assertEquals(java.util.Set.of(), none.hiddenPaneColumns(), "showing every column is a choice too");

        Path damaged = Files.writeString(tmp.resolve("damaged.properties"),
                "window=1,2,oops\npanes=4,x,5\ndivider=abc\nbackupsToKeep=0\n", StandardCharsets.UTF_8);
        Settings s = Settings.load(damaged);
        assertNull(s.windowBounds());
        assertEquals(List.of(4L, 5L), s.openPanes());
        assertEquals(0.22, s.divider(0.22));
        assertEquals(10, s.backupsToKeep(), "keeping no backups at all is not a setting");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> s.setBackupsToKeep(0));
    }
}
