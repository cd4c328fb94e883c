package io.zhibiao.core.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReadingTest {

    @TempDir
    Path dir;

    private final ReportFileReader reader = new ReportFileReader();

    @Test
    void readsAnAsciiPdfInPositionOrder() throws Exception {
        Path file = dir.resolve("numbers.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            // written bottom line first: extraction must still follow the page from top to bottom
            writePage(doc, font, List.of(new Line(700, "GDP growth 8.5% in 2024"), new Line(740, "Report 2024")));
            doc.save(file.toFile());
        }
        RawText raw = reader.read(file);
        assertEquals("pdf", raw.format());
        assertEquals("Report 2024\nGDP growth 8.5% in 2024", raw.text().strip());
    }

    @Test
    void readsAChinesePdf() throws Exception {
        Path file = dir.resolve("cjk.pdf");
        try (PDDocument doc = new PDDocument();
             InputStream fontData = PdfReadingTest.class.getResourceAsStream("/fonts/cjk-subset.ttf")) {
            // a font of the test's own, so the test reads the same PDF whatever fonts the machine has
            PDFont font = PDType0Font.load(doc, fontData);
            writePage(doc, font, List.of(new Line(740, "地区生产总值增长6.5%，固定资产投资71.6亿元")));
            doc.save(file.toFile());
        }
        assertEquals("地区生产总值增长6.5%，固定资产投资71.6亿元", reader.read(file).text().strip());
    }

    @Test
    void refusesAPasswordProtectedPdf() throws Exception {
        Path file = dir.resolve("secret.pdf");
        try (PDDocument doc = new PDDocument()) {
            writePage(doc, new PDType1Font(Standard14Fonts.FontName.HELVETICA), List.of(new Line(740, "GDP 8%")));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("encrypted PDF"), e.getMessage());
    }

    @Test
    void refusesABrokenPdf() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nthis is not really a pdf\n");
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith("broken PDF"), e.getMessage());
    }

    @Test
    void refusesAPdfWithoutText() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
    }

    private record Line(float y, String text) {
    }

    private static void writePage(PDDocument doc, PDFont font, List<Line> lines) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            for (Line line : lines) {
                content.beginText();
                content.setFont(font, 14);
                content.newLineAtOffset(72, line.y());
                content.showText(line.text());
                content.endText();
            }
        }
    }
}
