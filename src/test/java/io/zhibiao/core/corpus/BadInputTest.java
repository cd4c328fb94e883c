package io.zhibiao.core.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import io.zhibiao.testing.Permissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives a one-line reason instead of garbage or a crash. */
class BadInputTest {

    @TempDir
    Path dir;

    private final ReportFileReader reader = new ReportFileReader();

    @Test
    void emptyFile() throws Exception {
        assertReason(Files.write(dir.resolve("empty.txt"), new byte[0]), "empty file");
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        assertReason(Files.writeString(dir.resolve("blank.txt"), " \n\t\n"), "empty file");
    }

    @Test
    void binaryFileWithNulBytes() throws Exception {
        byte[] bytes = new byte[2048];
        new Random(7).nextBytes(bytes);
        bytes[10] = 0;
        assertReason(Files.write(dir.resolve("image.txt"), bytes), "binary file");
    }

    @Test
    void binaryFileOfControlCharacters() throws Exception {
        byte[] bytes = new byte[500];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        assertReason(Files.write(dir.resolve("ctl.txt"), bytes), "binary file");
    }

    @Test
    void undecodableBytes() throws Exception {
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 | (i * 37 % 128));
        }
        assertReason(Files.write(dir.resolve("latin.txt"), bytes), "undecodable");
    }

    @Test
    void unsupportedExtension() throws Exception {
        assertReason(Files.writeString(dir.resolve("report.doc"), "text"), "unsupported file type '.doc'");
        assertReason(Files.writeString(dir.resolve("README"), "text"), "no extension");
        assertFalse(reader.supports(dir.resolve("a.xls")));
        assertTrue(reader.supports(dir.resolve("A.HTM")));
    }

    @Test
    void fileOverTheSizeLimit() throws Exception {
        Path file = Files.writeString(dir.resolve("big.txt"), "增长8%。".repeat(200), StandardCharsets.UTF_8);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> new ReportFileReader(1000).read(file));
        assertTrue(e.getMessage().startsWith("file is too large"), e.getMessage());
    }

    @Test
    void missingFileAndFolder() throws Exception {
        assertReason(dir.resolve("missing.txt"), "file not found");
        assertReason(Files.createDirectory(dir.resolve("folder.txt")), "is a folder");
    }

    @Test
    @Tag(Permissions.TAG)
    void unreadableFile() throws Exception {
        Path file = Files.writeString(dir.resolve("locked.txt"), "增长8%");
        Permissions.makeUnreadable(file);
        assertReason(file, "permission denied");
    }

    @Test
    void brokenDocx() throws Exception {
        assertReason(Files.writeString(dir.resolve("broken.docx"), "PK this is not a zip"), "broken .docx");
    }

    @Test
    void oldWordFileNamedDocx() throws Exception {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertReason(Files.write(dir.resolve("old.docx"), ole2), "not a .docx");
    }

    @Test
    void zipThatIsNotAWordDocument() throws Exception {
        Path file = dir.resolve("other.docx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hi".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertReason(file, "not a Word document: the zip has no word/document.xml");
    }

    private void assertReason(Path file, String expectedPart) {
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains(expectedPart), "message was: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "message must be one line: " + e.getMessage());
        assertEquals(e.getMessage().strip(), e.getMessage());
    }
}
