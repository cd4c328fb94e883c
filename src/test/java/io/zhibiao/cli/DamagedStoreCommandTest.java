package io.zhibiao.cli;

import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreFile;
import io.zhibiao.testing.DamagedStores;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Commands on a store file that is empty or damaged, or whose report text was altered in the file. */
class DamagedStoreCommandTest {
    @TempDir
    Path tmp;

    private Path db() {
        return tmp.resolve("store/zhibiao");
    }

    private Path file() {
        return StoreFile.dataFile(db());
    }

    private List<String> backupNames() throws Exception {
        try (var files = Files.list(tmp.resolve("store/backups"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @BeforeEach
    void storeWithSamplesAndTwoBackups() {
        assertEquals(0, CliRunner.run("import", SampleReports.DIR.toString(), "--db", db().toString()).exitCode());
        assertEquals(0, CliRunner.run("backup", "--db", db().toString()).exitCode());
        assertEquals(0, CliRunner.run("backup", "--db", db().toString()).exitCode());
    }

    @Test
    void anEmptyStoreFileIsNamedWithItsNewestBackupsAndTheCommandThatRestoresOne() throws Exception {
        List<String> backups = backupNames();
        Files.write(file(), new byte[0]);

        CliRunner.Result r = CliRunner.run("list", "--db", db().toString());

        assertEquals(1, r.exitCode());
        List<String> lines = r.err().lines().toList();
        assertEquals("error: The store file " + file() + " is empty (0 bytes): it holds nothing, and it was left as it "
                + "is rather than replaced by a new, empty store.", lines.get(0));
        assertEquals("The newest backups of this store (" + tmp.resolve("store/backups") + "):", lines.get(1));
        assertTrue(lines.get(2).endsWith(backups.get(1)) && lines.get(3).endsWith(backups.get(0)), r.err());
        assertEquals("  zhibiao restore " + backups.get(1) + " --db " + db(), lines.get(lines.size() - 1));
        assertEquals(0, Files.size(file()), "the file is as it was");
        assertEquals(backups, backupNames(), "no backup of an empty store");

        String[] printed = lines.get(lines.size() - 1).strip().split(" ");
        CliRunner.Result restored = CliRunner.run(Arrays.copyOfRange(printed, 1, printed.length));
        assertEquals(0, restored.exitCode(), restored.err());
        assertTrue(restored.out().contains("The damaged store file is kept, unchanged, as " + tmp.resolve("store")
                + "/zhibiao.damaged-"), restored.out());
        CliRunner.Result listed = CliRunner.run("list", "--db", db().toString());
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().contains(SampleReports.HONGHU_2024) && listed.out().contains(SampleReports.XIANNING_2023),
                listed.out());
    }

    @Test
    void noCommandChangesADamagedStoreFile() throws Exception {
        DamagedStores.garbleTableRoots(file());
        String before = DamagedStores.sha256(file());
        List<String> backups = backupNames();
        Path out = tmp.resolve("out.xlsx");
        for (String[] command : List.of(new String[]{"list"}, new String[]{"export", "--out", out.toString()},
                new String[]{"import", SampleReports.DIR.toString()}, new String[]{"backup"},
                new String[]{"work", "export", "--out", tmp.resolve("work.json").toString()})) {
            String[] args = Arrays.copyOf(command, command.length + 2);
            args[command.length] = "--db";
            args[command.length + 1] = db().toString();
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(1, r.exitCode(), String.join(" ", command));
            assertTrue(r.err().startsWith("error: The store file " + file() + " is damaged and cannot be read ("),
                    r.err());
            assertTrue(r.err().contains("  zhibiao restore " + backups.get(1)), r.err());
            assertFalse(r.err().contains("[90030") || r.err().contains("recovery tool"), r.err());
            assertEquals(before, DamagedStores.sha256(file()), String.join(" ", command) + " changed the file");
        }
        assertFalse(Files.exists(out));
        assertEquals(backups, backupNames());
    }

    @Test
    void anEmptyStoreWithoutBackupsSaysSo() throws Exception {
        Path other = tmp.resolve("other/zhibiao");
        Files.createDirectories(other.getParent());
        Files.write(StoreFile.dataFile(other), new byte[0]);
        CliRunner.Result r = CliRunner.run("list", "--db", other.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("There are no backups of this store in " + tmp.resolve("other/backups")
                + ". The file was not changed; move it elsewhere to start with a new, empty store."), r.err());
    }

    @Test
    void exportsStopAtAReportTextAlteredInTheStoreAndNameIt() throws Exception {
        Path xlsx = tmp.resolve("indicators.xlsx");
        assertEquals(0, CliRunner.run("export", "--out", xlsx.toString(), "--db", db().toString()).exitCode());
        byte[] previous = Files.readAllBytes(xlsx);
        try (Store s = Store.open(db())) {
            DocumentSummary honghu = s.documents().listSummaries().stream()
                    .filter(d -> d.fileName().equals(SampleReports.HONGHU_2024)).findFirst().orElseThrow();
            new ReviewService(s, "wang.li").verify(s.indicators().findByDocument(honghu.id()).get(0).id());
        }
        try (Connection c = StoreFile.connect(db());
             PreparedStatement ps = c.prepareStatement("UPDATE document_text SET original_text = "
                     + "REPLACE(original_text, '洪湖', '洪潮') WHERE document_id = "
                     + "(SELECT id FROM document WHERE file_name = ?)")) {
            ps.setString(1, SampleReports.HONGHU_2024);
            assertEquals(1, ps.executeUpdate());
        }
        Path csv = tmp.resolve("indicators.csv");
        Path work = tmp.resolve("work.json");
        for (String[] command : List.of(new String[]{"export", "--out", xlsx.toString()},
                new String[]{"export", "--out", csv.toString()}, new String[]{"work", "export", "--out", work.toString()})) {
            String[] args = Arrays.copyOf(command, command.length + 2);
            args[command.length] = "--db";
            args[command.length + 1] = db().toString();
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(1, r.exitCode(), String.join(" ", command));
            assertTrue(r.err().contains("(" + SampleReports.HONGHU_2024 + ") is not the text that was imported"), r.err());
        }
        assertArrayEquals(previous, Files.readAllBytes(xlsx), "the previous workbook stays");
        assertFalse(Files.exists(csv));
        assertFalse(Files.exists(work));
    }
}
