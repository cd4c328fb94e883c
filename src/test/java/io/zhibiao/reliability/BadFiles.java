package io.zhibiao.reliability;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Broken and hostile PDF and Word files, made with the same libraries that read them. */
final class BadFiles {
    private BadFiles() {
    }

    /** A PDF with a text layer; with a user password when {@code userPassword} is not null. */
    static Path pdf(Path file, String text, String userPassword, boolean canExtract) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText(text);
                cs.endText();
            }
            if (userPassword != null) {
                AccessPermission permission = new AccessPermission();
                permission.setCanExtractContent(canExtract);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permission);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    static Path docx(Path file, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
        }
        return file;
    }

    /** The first {@code keep} share of {@code source}'s bytes, as a download cut off half-way leaves it. */
    static Path truncated(Path source, Path file, double keep) throws IOException {
        byte[] all = Files.readAllBytes(source);
        return Files.write(file, Arrays.copyOf(all, (int) (all.length * keep)));
    }

    /** A well-formed zip that is no Word document: it lacks word/document.xml. */
    static Path zipWithoutDocument(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"/>").getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("这不是Word文档".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /**
     * A .docx whose document.xml inflates to {@code megabytes} MB of blanks from a few hundred kilobytes:
     * a zip bomb in miniature.
     */
    static Path zipBomb(Path source, Path file, int megabytes) throws IOException {
        byte[] blanks = new byte[1 << 20];
        Arrays.fill(blanks, (byte) ' ');
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(source));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    byte[] xml = in.readAllBytes();
                    String s = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
                    int cut = s.lastIndexOf("</w:body>");
                    zip.write(s.substring(0, cut).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(blanks);
                    }
                    zip.write(s.substring(cut).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return file;
    }
}
