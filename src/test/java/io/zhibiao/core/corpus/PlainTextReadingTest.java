package io.zhibiao.core.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReadingTest {

    private static final String REPORT = "2023年咸宁市政府工作报告\n地区生产总值增长6.5%，一般公共预算收入完成96.03亿元。\n"
            + "旅游收入「增长」12％，镕、喆等GBK字。\n";

    @TempDir
    Path dir;

    private final ReportFileReader reader = new ReportFileReader();

    @Test
    void readsUtf8WithoutBom() throws Exception {
        assertRead(write("a.txt", REPORT.getBytes(StandardCharsets.UTF_8)), "UTF-8");
    }

    @Test
    void readsUtf8WithBomAndDropsTheBom() throws Exception {
        assertRead(write("a.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, REPORT.getBytes(StandardCharsets.UTF_8))),
                "UTF-8 (BOM)");
    }

    @Test
    void readsUtf16LittleEndianWithBom() throws Exception {
        assertRead(write("a.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE))), "UTF-16LE");
    }

    @Test
    void readsUtf16BigEndianWithBom() throws Exception {
        assertRead(write("a.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, REPORT.getBytes(StandardCharsets.UTF_16BE))), "UTF-16BE");
    }

    @Test
    void readsGb18030() throws Exception {
        assertRead(write("a.txt", REPORT.getBytes(Charset.forName("GB18030"))), "GB18030");
    }

    @Test
    void readsGbkWithoutMojibake() throws Exception {
        assertRead(write("a.TXT", REPORT.getBytes(Charset.forName("GBK"))), "GB18030");
    }

    @Test
    void readsGb2312OnlyText() throws Exception {
        String simple = "各位代表：现在，我代表市人民政府向大会报告工作。固定资产投资增长16%以上。";
        RawText raw = reader.read(write("b.txt", simple.getBytes(Charset.forName("GB2312"))));
        assertEquals(simple, raw.text());
        assertEquals("GB18030", raw.encoding());
    }

    @Test
    void keepsAUtf8FileWithOneDamagedByteAsUtf8() throws Exception {
        String report = REPORT.repeat(20);
        byte[] bytes = report.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 2); // ends inside the last 3-byte character
        RawText raw = reader.read(write("cut.txt", cut));
        assertEquals("UTF-8", raw.encoding());
        assertEquals(report.substring(0, 100), raw.text().substring(0, 100));
    }

    @Test
    void readsTheXianningSeedUnchanged() throws Exception {
        Path seed = SharedFolder.path("seeds/xianning-2023-work-report.txt");
        RawText raw = reader.read(seed);
        assertEquals(Files.readString(seed, StandardCharsets.UTF_8), raw.text());
        assertEquals("UTF-8", raw.encoding());
    }

    private void assertRead(Path file, String encoding) throws Exception {
        RawText raw = reader.read(file);
        assertEquals(REPORT, raw.text());
        assertEquals(encoding, raw.encoding());
        assertEquals("txt", raw.format());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
