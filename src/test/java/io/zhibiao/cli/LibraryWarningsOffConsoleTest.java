package io.zhibiao.cli;

import io.zhibiao.core.logging.AppLogging;
import io.zhibiao.core.logging.LogSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PDFBox warns about the PDFs it reads (a font missing from a page's resources, a stream of the wrong
 * length, a font it replaces): during {@code import} those lines went to the console between the command's
 * own lines. They belong in the log file only.
 */
class LibraryWarningsOffConsoleTest {
    @TempDir
    Path tmp;

    @AfterEach
    void closeLogging() {
        AppLogging.current().ifPresent(LogSession::close);
    }

    @Test
    void pdfBoxWarningsGoToTheLogFileNotTheConsole() throws Exception {
        Path pdf = Files.write(tmp.resolve("font-missing.pdf"), pdfNamingAFontItDoesNotHave());
        Path db = tmp.resolve("store/zhibiao");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream realErr = System.err;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            ZhibiaoCommand.execute(new String[]{"import", pdf.toString(), "--db", db.toString()});
        } finally {
            System.setErr(realErr);
        }
        AppLogging.current().orElseThrow().close();
        String log = Files.readString(tmp.resolve("store/logs/zhibiao-0.log"));
        assertTrue(log.contains("WARN") && log.contains("org.apache.pdfbox") && log.contains("font 'F1' not found"),
                "the warning is in the log file:\n" + log);
        String shown = console.toString(StandardCharsets.UTF_8);
        assertFalse(shown.contains("pdfbox") || shown.contains("WARN"), "on the console:\n" + shown);
    }

    /** A one-page PDF whose text uses font F1 without a font in its resources: PDFBox warns, whatever fonts the machine has. */
    private static byte[] pdfNamingAFontItDoesNotHave() {
        String content = "BT /F1 12 Tf 72 720 Td (2024 GDP grew 5 percent) Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
