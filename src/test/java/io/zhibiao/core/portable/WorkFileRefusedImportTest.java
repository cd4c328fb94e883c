package io.zhibiao.core.portable;

import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.fixture.AnalystWorkSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files refused by the checks that need this store (an indicator's span against the report's text) or that
 * once failed half-way with the database's own message: the import is all or nothing, so a file refused at
 * its second document has not written its first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkFileRefusedImportTest {
    @TempDir
    static Path dir;

    private Store store;
    private List<DocumentSummary> documents;

    @BeforeAll
    void store() {
        store = PortableFixtures.storeWith(dir.resolve("store/zhibiao"),
                PortableFixtures.sampleReports(dir.resolve("reports")));
        documents = PortableFixtures.documents(store);
    }

    @AfterAll
    void close() {
        store.close();
    }

    /** Two documents, each with one indicator added by an analyst at {@code start..end}. */
    private String twoDocuments(int secondEnd, String tagColour) {
        StringBuilder json = new StringBuilder("""
                {
                  "format": "zhibiao-work",
                  "version": 2,
                  "tags": [ { "name": "重点", "color": "COLOUR" } ],
                  "documents": [
                """.replace("COLOUR", tagColour));
        for (int d = 0; d < 2; d++) {
            json.append(d == 0 ? "" : ",\n").append("""
                        {
                          "contentHash": "HASH",
                          "indicators": [ {
                            "origin": "analyst",
                            "value": { "name": "新的指标", "start": 0, "end": END, "stretch": false, "estimated": false,
                                       "qualitative": false },
                            "status": "verified", "deleted": false, "tags": [ "重点" ],
                            "updatedBy": "wang.li", "updatedAt": "2025-03-01T09:30:00Z"
                          } ]
                        }""".replace("HASH", documents.get(d).contentHash()).replace("END", d == 0 ? "4" : "" + secondEnd));
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private String refused(String content) throws Exception {
        Path file = Files.writeString(dir.resolve("work.json"), content, StandardCharsets.UTF_8);
        Map<String, Object> before = AnalystWorkSnapshot.complete(store);
        String message = assertThrows(WorkFileException.class, () -> new WorkImporter(store)
                .importFile(file, ConflictPolicy.NEWER_WINS, WorkProgress.NONE, () -> false)).getMessage();
        assertEquals(before, AnalystWorkSnapshot.complete(store), "nothing was written");
        assertTrue(store.tags().findByName("重点").isEmpty(), "not even the tag");
        return message;
    }

    /** Last: it is the one test that changes the store the others share. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theCraftedFileImportsWhenItsSpansLieInTheText() throws Exception {
        int length = store.documents().loadText(documents.get(1).id()).orElseThrow().originalText().length();
        Path file = Files.writeString(dir.resolve("work.json"), twoDocuments(length, "#d9534f"));
        WorkImportReport report = new WorkImporter(store).importFile(file, ConflictPolicy.NEWER_WINS,
                WorkProgress.NONE, () -> false);
        assertEquals(2, report.indicatorsApplied());
    }

    @Test
    void aSpanBeyondTheReportsTextIsRefusedWithItsLineAndTheFirstDocumentIsNotWritten() throws Exception {
        int length = store.documents().loadText(documents.get(1).id()).orElseThrow().originalText().length();
        String message = refused(twoDocuments(length + 1, "#d9534f"));
        assertTrue(message.contains("the indicator at line 18 (新的指标) has the span 0.." + (length + 1)), message);
        assertTrue(message.contains("beyond the end of the text of " + documents.get(1).contentHash()
                + " (" + length + " characters)"), message);
        assertTrue(message.endsWith("Nothing was imported."), message);
    }

    @Test
    void aTagColourTooLongForTheStoreIsRefusedInPlainWords() throws Exception {
        String message = refused(twoDocuments(4, "#" + "d".repeat(32)));
        assertTrue(message.contains("the tag colour \"#ddd"), message);
        assertTrue(message.contains("is longer than 32 characters") && message.contains("at line 4"), message);
        assertFalse(message.contains("SQL") || message.contains("22001"), message);
    }

    @Test
    void aSecondDocumentsListNoLongerDropsTheFirst() throws Exception {
        String content = twoDocuments(4, "#d9534f");
        String doubled = content.substring(0, content.lastIndexOf('}')) + ",\n  \"documents\": []\n}\n";
        String message = refused(doubled);
        assertTrue(message.contains("\"documents\" appears twice"), message);
    }
}
