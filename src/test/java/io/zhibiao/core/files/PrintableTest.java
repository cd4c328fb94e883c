package io.zhibiao.core.files;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A file name can hold a forged line of output or a right-to-left override; shown, both are escapes. */
class PrintableTest {
    @Test
    void newLinesTabsAndControlCharactersAreEscaped() {
        assertEquals("evil\\nok.txt: imported, document 1.txt", Printable.text("evil\nok.txt: imported, document 1.txt"));
        assertEquals("a\\tb\\rc\\u0007d\\u001Be\\u007Ff\\u0085", Printable.text("a\tb\rc\u0007d\u001be\u007ff\u0085"));
    }

    @Test
    void bidiMarksOverridesAndInvisibleCharactersAreEscaped() {
        assertEquals("report\\u202Etxt.exe", Printable.text("report\u202etxt.exe"));
        assertEquals("\\u200F\\u200E\\u2066\\u2069\\u061C\\u200B\\uFEFF\\u2028\\u2029",
                Printable.text("\u200f\u200e\u2066\u2069\u061c\u200b\ufeff\u2028\u2029"));
        // a tag character, beyond the first plane, as its two UTF-16 units
        assertEquals("x\\uDB40\\uDC01", Printable.text("x\udb40\udc01"));
        assertEquals("lone \\uD800 surrogate", Printable.text("lone \ud800 surrogate"));
    }

    @Test
    void everythingElseStaysAsItIs() {
        String name = "/数据/2024年 咸宁市政府工作报告 (final) — v2 😀.txt";
        assertSame(name, Printable.text(name));
        assertEquals("C:\\reports\\襄阳.docx", Printable.path(Path.of("C:\\reports\\襄阳.docx")));
    }
}
