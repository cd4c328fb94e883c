package io.zhibiao.core.store;

import io.zhibiao.core.review.ReviewService;
import io.zhibiao.testing.DamagedStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static io.zhibiao.core.store.StoreFixtures.TEXT;
import static io.zhibiao.core.store.StoreFixtures.document;
import static io.zhibiao.core.store.StoreFixtures.gdpTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A store file that is empty or damaged is refused as it is, never replaced and never written to. */
class DamagedStoreTest {
    @TempDir
    Path dir;

    private Path location() {
        return dir.resolve("zhibiao");
    }

    private Path file() {
        return StoreFile.dataFile(location());
    }

    private void storeWithADocument() {
        try (Store s = Store.open(location())) {
            s.documents().insertDocument(document("/reports/xianning.txt", TEXT), List.of(gdpTarget()));
        }
    }

    @Test
    void anEmptyStoreFileIsRefusedNotReplacedByANewStore() throws Exception {
        Files.createFile(file());
        for (int attempt = 0; attempt < 2; attempt++) {
            DamagedStoreException e = assertThrows(DamagedStoreException.class, () -> Store.open(location()));
            assertEquals(DamagedStoreException.Problem.EMPTY, e.problem());
            assertEquals("The store file " + file() + " is empty (0 bytes): it holds nothing, and it was left as it "
                    + "is rather than replaced by a new, empty store.", e.getMessage(), "attempt " + attempt
                    + ": not taken for a store in use, as a file H2 once failed on would be");
            assertEquals(0, Files.size(file()));
        }
        assertEquals(List.of(file()), Files.list(dir).toList(), "nothing else was created beside it");
    }

    @Test
    void aStoreThatFailsToOpenIsLeftByteForByte() throws Exception {
        DamagedStores.storeWithSamples(location());
        assertTrue(DamagedStores.garbleTableRoots(file()) > 0);
        Path copy = dir.resolve("copy/zhibiao.mv.db");
        Files.createDirectories(copy.getParent());
        Files.copy(file(), copy);
        String before = DamagedStores.sha256(file());
        // why the read-only first look matters: H2 opening this damage for writing fails and changes the file
        assertThrows(SQLException.class, () -> DriverManager.getConnection(
                StoreFile.url(StoreFile.location(copy)), "sa", "").close());
        assertNotEquals(before, DamagedStores.sha256(copy));

        DamagedStoreException e = assertThrows(DamagedStoreException.class, () -> Store.open(location()));
        assertEquals(DamagedStoreException.Problem.UNREADABLE, e.problem());
        assertTrue(e.getMessage().startsWith("The store file " + file() + " is damaged and cannot be read (File "
                + "corrupted "), e.getMessage());
        assertTrue(e.getMessage().endsWith("). It was left as it is."), e.getMessage());
        assertFalse(e.getMessage().contains("recovery tool") || e.getMessage().contains("[90030"), e.getMessage());
        assertEquals(before, DamagedStores.sha256(file()));
        assertEquals(before, DamagedStores.sha256(file()), "a second attempt changes nothing either");
        assertThrows(DamagedStoreException.class, () -> Store.open(location()));
        assertEquals(before, DamagedStores.sha256(file()));
    }

    @Test
    void findingTheDamageWritesNothingAndASoundStoreHasNone() throws Exception {
        storeWithADocument();
        assertTrue(StoreFile.damage(location()).isEmpty());
        DamagedStores.garbleTableRoots(file());
        String before = DamagedStores.sha256(file());
        assertTrue(StoreFile.damage(location()).isPresent());
        assertEquals(before, DamagedStores.sha256(file()));
        Files.write(file(), new byte[0]);
        assertEquals(DamagedStoreException.Problem.EMPTY, StoreFile.damage(location()).orElseThrow().problem());
        assertTrue(StoreFile.damage(dir.resolve("none")).isEmpty(), "no file, no damage: a new store");
    }

    @Test
    void aBitFlippedInAReportTextIsNamedWhenTheTextIsRead() throws Exception {
        String text = "报告 " + DamagedStores.incompressibleText(3000);
        long id;
        try (Store s = Store.open(location())) {
            id = s.documents().insertDocument(document("/reports/flipped.txt", text), List.of());
        }
        String flippedAt = text.substring(1500, 1503);
        assertTrue(DamagedStores.flipBitInText(file(), flippedAt) > 0);
        // what H2 itself makes of it: the altered text, without a word
        try (Connection c = StoreFile.connect(location());
             PreparedStatement ps = c.prepareStatement("SELECT original_text FROM document_text")) {
            ResultSet rs = ps.executeQuery();
            assertTrue(rs.next());
            String read = rs.getString(1);
            assertEquals(text.length(), read.length());
            assertNotEquals(text, read);
            assertEquals(text.charAt(1501) - 4, read.charAt(1501));
        }
        try (Store s = Store.open(location())) {
            long docId = id;
            DamagedTextException e = assertThrows(DamagedTextException.class, () -> s.documents().loadText(docId));
            assertEquals(id, e.documentId());
            assertEquals("flipped.txt", e.fileName());
            assertEquals("The text of document " + id + " \u201c2024年咸宁市政府工作报告\u201d (flipped.txt) is not the "
                    + "text that was imported: the store file was changed or damaged since. Restore a backup of the "
                    + "store, or delete this document and import its report again.", e.getMessage());
        }
    }

    @Test
    void aTextChangedBehindTheStoresBackIsNamedAndASoundOneReadsAsEver() throws Exception {
        long sound;
        long changed;
        try (Store s = Store.open(location())) {
            sound = s.documents().insertDocument(document("/reports/a.txt", TEXT), List.of());
            changed = s.documents().insertDocument(document("/reports/b.txt", TEXT + "\n新桥镇"), List.of());
        }
        try (Connection c = StoreFile.connect(location());
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE document_text SET original_text = REPLACE(original_text, '新桥', '新桡') WHERE document_id = ?")) {
            ps.setLong(1, changed);
            assertEquals(1, ps.executeUpdate());
        }
        try (Store s = Store.open(location())) {
            assertEquals(TEXT, s.documents().loadText(sound).orElseThrow().originalText());
            DamagedTextException e = assertThrows(DamagedTextException.class, () -> s.documents().loadText(changed));
            assertEquals("b.txt", e.fileName());
            assertEquals("2024年咸宁市政府工作报告", e.title());
            // the engine is never run again over the altered text to replace the indicators read from the real one
            assertThrows(DamagedTextException.class, () -> new ReviewService(s, "wang.li").rerunExtraction(changed));
        }
    }

    @Test
    void aCopyTakenWhileTheStoreWasOpenOpensAndLeavesNothingBeside() throws Exception {
        // close to what a kill leaves behind (a store that was never closed); a copy taken after a sync still
        // opens read-only, so the recovery path (StoreNeedsRecovery) is met in FullDiskCommandTest instead
        Path copy = dir.resolve("copy/zhibiao");
        try (Store s = Store.open(location())) {
            s.documents().insertDocument(document("/reports/xianning.txt", TEXT), List.of(gdpTarget()));
            s.flush();
            Files.createDirectories(copy.getParent());
            Files.copy(file(), StoreFile.dataFile(copy));
        }
        try (Store recovered = Store.open(copy)) {
            assertEquals(1, recovered.documents().listSummaries().size());
        }
        try (var files = Files.list(copy.getParent())) {
            assertEquals(List.of("zhibiao.mv.db"), files.map(f -> f.getFileName().toString()).toList(),
                    "nothing is left beside the store, not even H2's trace file");
        }
    }
}
