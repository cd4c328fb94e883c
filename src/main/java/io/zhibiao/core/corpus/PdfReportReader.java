package io.zhibiao.core.corpus;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF reports with a text layer, extracted in reading order (sorted by position on the page). */
final class PdfReportReader implements FormatReader {

    @Override
    public RawText read(Path file) throws UnreadableFileException {
        String text;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableFileException("pdfNoCopy", "encrypted PDF that forbids copying its text", null);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            text = stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("pdfPassword", "encrypted PDF (a password is needed to open it)", e);
        } catch (IOException e) {
            if (e instanceof java.nio.file.AccessDeniedException || e instanceof java.io.FileNotFoundException) {
                throw ReportFileReader.ioFailure(e);
            }
            throw new UnreadableFileException("pdfBroken", "broken PDF (" + oneLine(e.getMessage()) + ")", e,
                    oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            // malformed content streams surface as unchecked exceptions deep inside PDFBox
            throw new UnreadableFileException("pdfBroken", "broken PDF (" + e.getClass().getSimpleName() + ")", e,
                    e.getClass().getSimpleName());
        }
        String cleaned = text.replace("\r\n", "\n").replace('\r', '\n');
        ReportFileReader.requireText(cleaned, "noTextPdf", "no text layer in the PDF (a scanned document?)");
        return new RawText(cleaned, "pdf", "pdf");
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable structure";
        }
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }
}
