package io.zhibiao.core.portable;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.fixture.AnalystWorkSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that are not valid work files are refused with the problem (and line) named, and nothing is written. */
class WorkFileValidationTest {
    @TempDir
    Path dir;

    private String good;
    private List<Path> reports;

    @BeforeEach
    void export() throws Exception {
        reports = PortableFixtures.sampleReports(dir.resolve("reports"));
        Path file = dir.resolve("work.json");
        try (Store a = PortableFixtures.storeWith(dir.resolve("a/zhibiao"), reports)) {
            PortableFixtures.doEveryKindOfWork(a, PortableFixtures.review(a, "wang.li",
                    Instant.parse("2025-03-01T09:00:00Z")));
            new WorkExporter(a).export(file, "wang.li", WorkProgress.NONE, () -> false);
        }
        good = Files.readString(file, StandardCharsets.UTF_8);
    }

    private String refused(String content) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, content, StandardCharsets.UTF_8);
        try (Store b = PortableFixtures.storeWith(dir.resolve("b/zhibiao"), reports)) {
            Map<String, Object> before = AnalystWorkSnapshot.complete(b);
            WorkFileException e = assertThrows(WorkFileException.class, () -> new WorkImporter(b)
                    .importFile(bad, ConflictPolicy.NEWER_WINS, WorkProgress.NONE, () -> false));
            assertEquals(before, AnalystWorkSnapshot.complete(b), "nothing was written");
            return e.getMessage();
        } finally {
            deleteStore();
        }
    }

    private void deleteStore() throws Exception {
        try (var files = Files.walk(dir.resolve("b"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void brokenJsonNamesTheLine() throws Exception {
        String broken = good.substring(0, good.length() / 2);
        String message = refused(broken);
        assertTrue(message.contains("not valid JSON at line "), message);
        String missingComma = good.replaceFirst("\"version\" : " + WorkFile.VERSION + ",", "\"version\" : " + WorkFile.VERSION);
        assertTrue(refused(missingComma).contains("at line " + lineOf(good, "\"exportedAt\"")),
                refused(missingComma));
    }

    @Test
    void otherJsonAndNewerVersionsAreRefusedByName() throws Exception {
        assertTrue(refused("{\"documents\": []}").contains("not a Zhibiao work file: its \"format\" is missing"));
        assertTrue(refused("[1, 2]").contains("not a Zhibiao work file"));
        String newer = refused(good.replaceFirst("\"version\" : " + WorkFile.VERSION, "\"version\" : " + (WorkFile.VERSION + 1)));
        assertTrue(newer.contains("newer Zhibiao (format version " + (WorkFile.VERSION + 1) + ")"), newer);
    }

    @Test
    void aWrongValueDeepInTheFileNamesTheProblemAndItsLine() throws Exception {
        String badStatus = good.replaceFirst("\"status\" : \"rejected\"", "\"status\" : \"maybe\"");
        String message = refused(badStatus);
        assertTrue(message.contains("\"maybe\" is not a review status"), message);
        assertTrue(message.contains("line "), message);
        String badTime = refused(good.replaceFirst("\"updatedAt\" : \"2025", "\"updatedAt\" : \"yesterday 2025"));
        assertTrue(badTime.contains("ISO-8601"), badTime);
        String unknownTag = refused(good.replaceFirst("\"tags\" : \\[ \"重点\" \\]", "\"tags\" : [ \"nowhere\" ]"));
        assertTrue(unknownTag.contains("\"nowhere\", which is not in \"tags\""), unknownTag);
    }
}
