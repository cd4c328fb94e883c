package io.zhibiao.cli;

import io.zhibiao.core.store.HoldStoreOpen;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupAndRestoreCommandTest {
    @TempDir
    Path tmp;

    private Path db() {
        return tmp.resolve("store/zhibiao");
    }

    private void addTag(String name) {
        try (Store s = Store.open(db())) {
            s.tags().create(name, "#000000");
        }
    }

    private List<String> tags() {
        try (Store s = Store.open(db())) {
            return s.tags().findAll().stream().map(Tag::name).sorted().toList();
        }
    }

    @Test
    void backupPrintsTheFileItMadeAndListShowsIt() {
        addTag("first");
        CliRunner.Result made = CliRunner.run("backup", "--db", db().toString());
        assertEquals(0, made.exitCode(), made.err());
        Path file = Path.of(made.out().strip());
        assertTrue(Files.isRegularFile(file), made.out());
        assertEquals(tmp.resolve("store/backups").toAbsolutePath(), file.getParent());

        CliRunner.Result listed = CliRunner.run("backup", "--list", "--db", db().toString());
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().startsWith("taken"), listed.out());
        assertTrue(listed.out().contains(" manual ") && listed.out().contains(file.getFileName().toString()),
                listed.out());
    }

    @Test
    void restoreBringsBackTheBackedUpStateByNameOrLatest() {
        addTag("first");
        Path file = Path.of(CliRunner.run("backup", "--db", db().toString()).out().strip());
        addTag("second");

        CliRunner.Result byName = CliRunner.run("restore", "--db", db().toString(), file.getFileName().toString());
        assertEquals(0, byName.exitCode(), byName.err());
        assertTrue(byName.out().startsWith("Restored " + file), byName.out());
        assertTrue(byName.out().contains("The store as it was before is saved as "), byName.out());
        assertEquals(List.of("first"), tags());

        // --latest is now the before-restore copy: restoring it undoes the restore.
        CliRunner.Result latest = CliRunner.run("restore", "--latest", "--db", db().toString());
        assertEquals(0, latest.exitCode(), latest.err());
        assertTrue(latest.out().contains("before-restore"), latest.out());
        assertEquals(List.of("first", "second"), tags());
    }

    @Test
    void aRestoreFromTheScriptSaysSo() throws Exception {
        addTag("first");
        Path file = Path.of(CliRunner.run("backup", "--db", db().toString()).out().strip());
        Path scriptOnly = tmp.resolve("script-only.zip");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(scriptOnly))) {
            out.putNextEntry(new java.util.zip.ZipEntry("zhibiao.sql"));
            in.getInputStream(in.getEntry("zhibiao.sql")).transferTo(out);
        }
        addTag("second");

        CliRunner.Result restored = CliRunner.run("restore", "--db", db().toString(), scriptOnly.toString());
        assertEquals(0, restored.exitCode(), restored.err());
        assertTrue(restored.out().contains("the store was rebuilt from the SQL script the backup also carries"),
                restored.out());
        assertEquals(List.of("first"), tags());
    }

    @Test
    void wrongUsageAndBadBackupsGiveClearMessagesAndExitCodes() throws Exception {
        addTag("first");
        assertEquals(2, CliRunner.run("restore", "--db", db().toString()).exitCode(), "a backup must be named");
        assertEquals(2, CliRunner.run("restore", "--latest", "x.zip", "--db", db().toString()).exitCode());

        CliRunner.Result none = CliRunner.run("restore", "--latest", "--db", db().toString());
        assertEquals(1, none.exitCode());
        assertTrue(none.err().startsWith("error: There is no backup to restore in "), none.err());

        Path notZip = Files.writeString(tmp.resolve("x.zip"), "hello");
        CliRunner.Result bad = CliRunner.run("restore", notZip.toString(), "--db", db().toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().startsWith("error: The file " + notZip + " is not a Zhibiao backup"), bad.err());
        assertEquals(List.of("first"), tags());

        CliRunner.Result empty = CliRunner.run("backup", "--list", "--db", tmp.resolve("other/zhibiao").toString());
        assertEquals(0, empty.exitCode());
        assertTrue(empty.out().startsWith("No backups in "), empty.out());
    }

    @Test
    void restoreRefusesWhileAnotherProcessHasTheStoreOpen() throws Exception {
        addTag("first");
        Path file = Path.of(CliRunner.run("backup", "--db", db().toString()).out().strip());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreOpen.class.getName(), db().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("OPEN", out.readLine());
            CliRunner.Result refused = CliRunner.run("restore", file.toString(), "--db", db().toString());
            assertEquals(1, refused.exitCode());
            assertEquals("The store at " + db().toAbsolutePath() + " is in use by another Zhibiao window or command; "
                    + "close it and try again.", refused.err().strip());
            holder.getOutputStream().close();
            assertEquals("CLOSED", out.readLine());
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        } finally {
            holder.destroyForcibly();
        }
        try (Store s = Store.open(db())) {
            assertEquals(1, s.documents().listSummaries().size(), "the holder's document is still there");
        }
    }
}
