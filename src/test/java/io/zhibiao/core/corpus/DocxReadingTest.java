package io.zhibiao.core.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxReadingTest {

    @TempDir
    Path dir;

    @Test
    void readsParagraphsAndTablesInDocumentOrder() throws Exception {
        Path file = dir.resolve("report.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("2024年政府工作报告");
            var mixed = doc.createParagraph();
            mixed.createRun().setText("地区生产总值增长");
            mixed.createRun().setText("8%");
            mixed.createRun().setText("左右。");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("指标");
            table.getRow(0).getCell(1).setText("目标");
            table.getRow(1).getCell(0).setText("固定资产投资");
            table.getRow(1).getCell(1).setText("增长12%");
            doc.createParagraph().createRun().setText("各位代表，奋斗成就梦想。");
            doc.write(out);
        }
        RawText raw = new ReportFileReader().read(file);
        assertEquals("2024年政府工作报告\n地区生产总值增长8%左右。\n指标\t目标\n固定资产投资\t增长12%\n各位代表，奋斗成就梦想。",
                raw.text());
        assertEquals("docx", raw.format());
    }
}
