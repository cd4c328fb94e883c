package io.zhibiao.core.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Word .docx reports: paragraphs and tables in document order, one paragraph (or table row) per line. */
final class DocxReportReader implements FormatReader {

    @Override
    public RawText read(Path file) throws UnreadableFileException {
        if (startsWithOle2Signature(file)) {
            throw new UnreadableFileException("oldWord", "not a .docx: an old Word .doc or a password-protected document", null);
        }
        StringBuilder out = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            appendBody(document.getBodyElements(), out);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new UnreadableFileException("oldWord", "not a .docx: an old Word .doc or a password-protected document", e);
        } catch (NotOfficeXmlFileException | POIXMLException | org.apache.poi.EmptyFileException e) {
            throw broken(file, e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Zip bomb detected")) {
                throw new UnreadableFileException("zipBomb", "refused: the .docx would unpack to over 100 times its size "
                        + "(a zip bomb?)", e);
            }
            if (e.getCause() instanceof java.util.zip.ZipException || e instanceof java.util.zip.ZipException) {
                throw broken(file, e);
            }
            throw ReportFileReader.ioFailure(e);
        } catch (RuntimeException e) {
            // POI signals many kinds of malformed packages with unchecked exceptions of its own
            throw broken(file, e);
        }
        String text = ReportFileReader.requireText(out.toString(), "noTextWord", "no text found in the Word document");
        return new RawText(text, "docx", "docx");
    }

    private static void appendBody(List<IBodyElement> elements, StringBuilder out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                appendLine(paragraph.getText(), out);
            } else if (element instanceof XWPFTable table) {
                appendTable(table, out);
            } else if (element instanceof XWPFSDT sdt) {
                appendLine(sdt.getContent().getText(), out);
            }
        }
    }

    /** One line per row, cells separated by tabs, so a row keeps its label next to its numbers. */
    private static void appendTable(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder();
            List<XWPFTableCell> cells = row.getTableCells();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    line.append('\t');
                }
                line.append(cellText(cells.get(i)));
            }
            appendLine(line.toString(), out);
        }
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            String p = paragraph.getText().strip();
            if (!p.isEmpty()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(p);
            }
        }
        for (XWPFTable nested : cell.getTables()) {
            for (XWPFTableRow row : nested.getRows()) {
                for (XWPFTableCell nestedCell : row.getTableCells()) {
                    String t = cellText(nestedCell);
                    if (!t.isEmpty()) {
                        text.append(text.length() > 0 ? " " : "").append(t);
                    }
                }
            }
        }
        return text.toString().replace('\n', ' ').replace('\t', ' ');
    }

    private static void appendLine(String line, StringBuilder out) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(line);
    }

    /** Why POI refused the file, told from its zip structure rather than from POI's exception. */
    private static UnreadableFileException broken(Path file, Exception cause) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("word/document.xml") == null
                    ? new UnreadableFileException("notWord", "not a Word document: the zip has no word/document.xml", cause)
                    : new UnreadableFileException("brokenWord", "broken .docx (not a valid Word document)", cause);
        } catch (IOException e) {
            return new UnreadableFileException("cutZip",
                    "broken .docx (not a complete zip archive: cut off, or not a Word file)", cause);
        }
    }

    private static boolean startsWithOle2Signature(Path file) throws UnreadableFileException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 4);
            return n == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                    && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
        } catch (IOException e) {
            throw ReportFileReader.ioFailure(e);
        }
    }
}
