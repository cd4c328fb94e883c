package io.zhibiao.core.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Reads the 2024 city reports shipped as .docx and compares each with the same report as .txt. */
class CitiesCorpusDocxTest {

    private static final int COMPARED_CHARS = 200;

    @Test
    void docxTextStartsLikeTheMatchingTxt() throws Exception {
        Path docxDir = SharedFolder.path("corpus/cities-2024/docx");
        Path txtDir = SharedFolder.path("corpus/cities-2024/txt");
        List<Path> docs;
        try (Stream<Path> files = Files.list(docxDir)) {
            docs = files.filter(p -> p.getFileName().toString().endsWith(".docx")).sorted().toList();
        }
        assumeTrue(!docs.isEmpty(), "no docx files in " + docxDir);

        ReportFileReader reader = new ReportFileReader();
        int compared = 0;
        int matching = 0;
        int wholeMatching = 0;
        List<String> problems = new ArrayList<>();
        long start = System.nanoTime();
        for (Path docx : docs) {
            String city = docx.getFileName().toString().replaceFirst("\\.docx$", "");
            String docxText;
            try {
                docxText = reader.read(docx).text();
            } catch (UnreadableFileException e) {
                problems.add(city + ": " + e.getMessage());
                continue;
            }
            Path txt = txtDir.resolve(city + ".txt");
            if (!Files.exists(txt)) {
                continue;
            }
            compared++;
            String txtText = readTxt(reader, txt);
            if (withoutWhitespace(txtText, Integer.MAX_VALUE).equals(withoutWhitespace(docxText, Integer.MAX_VALUE))) {
                wholeMatching++;
            }
            String expected = withoutWhitespace(txtText, COMPARED_CHARS);
            String actual = withoutWhitespace(docxText, COMPARED_CHARS);
            if (expected.equals(actual)) {
                matching++;
            } else {
                problems.add(city + ": txt '" + expected.substring(0, Math.min(30, expected.length()))
                        + "' vs docx '" + actual.substring(0, Math.min(30, actual.length())) + "'");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("cities-2024 docx: %d files read in %.1f s, %d/%d start like their txt (%.1f%%)%n",
                docs.size(), seconds, matching, compared, compared == 0 ? 0.0 : 100.0 * matching / compared);
        System.out.printf("  whole text equal (whitespace aside): %d/%d%n", wholeMatching, compared);
        problems.forEach(p -> System.out.println("  " + p));
        assertTrue(compared > 0, "no docx file has a matching txt");
        assertTrue(matching >= compared * 0.9, matching + " of " + compared + " match; first problems: " + problems);
    }

    private static String readTxt(ReportFileReader reader, Path txt) throws IOException {
        try {
            return reader.read(txt).text();
        } catch (UnreadableFileException e) {
            throw new IOException(txt + ": " + e.getMessage(), e);
        }
    }

    /** The first characters with all whitespace removed, so line-break conventions do not matter. */
    private static String withoutWhitespace(String text, int limit) {
        StringBuilder b = new StringBuilder(Math.min(limit, text.length()));
        for (int i = 0; i < text.length() && b.length() < limit; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
