package io.zhibiao.core.portable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the reader once let through: a key given twice (the last won), bytes that are not UTF-8, text too long
 * for the store's columns, and files so large that reading them would take gigabytes. Each is refused with
 * its line named, from small crafted files; the import of such files writes nothing
 * ({@link WorkFileRefusedImportTest}).
 */
class WorkFileStrictnessTest {
    static final String HASH = "ab".repeat(32);
    /** A valid work file of one document with one indicator; line numbers below refer to it. */
    static final String SMALL = """
            {
              "format": "zhibiao-work",
              "version": 2,
              "tags": [ { "name": "重点", "color": "#d9534f" } ],
              "documents": [ {
                "contentHash": "HASH",
                "indicators": [ {
                  "origin": "analyst",
                  "value": { "code": "GDP", "name": "地区生产总值", "unit": "%", "scopeName": null, "value": 6.5,
                             "start": 0, "end": 4, "stretch": false, "estimated": false, "qualitative": false },
                  "status": "verified",
                  "note": "与统计公报核对",
                  "deleted": false,
                  "tags": [ "重点" ],
                  "updatedBy": "wang.li",
                  "updatedAt": "2025-03-01T09:30:00Z",
                  "history": [ { "at": "2025-03-01T09:30:00Z", "analyst": "wang.li", "action": "verify",
                                 "field": "status", "batch": "b-1" } ]
                } ]
              } ]
            }
            """.replace("HASH", HASH);

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return file(content.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(dir.resolve("work.json"), content);
    }

    private String refused(String content) throws IOException {
        return refused(file(content), WorkFileLimits.DEFAULT);
    }

    private static String refused(Path file, WorkFileLimits limits) {
        return assertThrows(WorkFileException.class, () -> WorkFileReader.read(file, limits)).getMessage();
    }

    private static void assertNames(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "\"" + part + "\" in: " + message);
        }
    }

    @Test
    void theCraftedFileItselfIsRead() throws IOException {
        WorkFile work = WorkFileReader.read(file(SMALL));
        assertEquals(1, work.documents().size());
        assertEquals("与统计公报核对", work.documents().get(0).indicators().get(0).note());
    }

    @Test
    void aKeyGivenTwiceIsRefusedInsteadOfTheLastOneWinning() throws IOException {
        String secondList = SMALL.substring(0, SMALL.lastIndexOf('}')) + ",\n  \"documents\": []\n}\n";
        assertNames(refused(secondList), "\"documents\" appears twice", "at line 22");
        String twoStatuses = SMALL.replace("\"status\": \"verified\",", "\"status\": \"verified\", \"status\": \"rejected\",");
        assertNames(refused(twoStatuses), "\"status\" appears twice", "at line 11");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLineAndColumn() throws IOException {
        // "/" written in two bytes (overlong), a surrogate written as a character, a code point past U+10FFFF,
        // and a lone continuation byte: Jackson alone reads the first three as text
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}}) {
            String[] around = SMALL.split("与统计公报核对");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(around[0].getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(bad);
            bytes.writeBytes(around[1].getBytes(StandardCharsets.UTF_8));
            String message = refused(file(bytes.toByteArray()), WorkFileLimits.DEFAULT);
            assertNames(message, "not valid UTF-8 at line 12, column 16", "work files are UTF-8");
        }
    }

    @Test
    void utf16IsNotGuessedAndAByteOrderMarkIsSkipped() throws IOException {
        byte[] utf16 = ("\uFEFF" + SMALL).getBytes(StandardCharsets.UTF_16LE);
        assertNames(refused(file(utf16), WorkFileLimits.DEFAULT), "not valid", "line 1");
        byte[] withMark = ("\uFEFF" + SMALL).getBytes(StandardCharsets.UTF_8);
        assertEquals(1, WorkFileReader.read(file(withMark)).documents().size());
    }

    /** Every text the store keeps in a column of bounded size, one character over it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"name\": \"重点\", \"color\": \"#d9534f\"|\"name\": \"重点\", \"color\": \"X33\"|the tag colour|4",
            "\"重点\"|\"X101\"|the tag name|4",
            "\"code\": \"GDP\"|\"code\": \"X101\"|the indicator code|10",
            "\"name\": \"地区生产总值\"|\"name\": \"X1001\"|the indicator name|10",
            "\"unit\": \"%\"|\"unit\": \"X65\"|the unit|10",
            "\"scopeName\": null|\"scopeName\": \"X201\"|the scope name|10",
            "\"updatedBy\": \"wang.li\"|\"updatedBy\": \"X101\"|the analyst name|19",
            "\"analyst\": \"wang.li\"|\"analyst\": \"X101\"|the analyst name|18",
            "\"field\": \"status\"|\"field\": \"X65\"|the history field|18",
            "\"batch\": \"b-1\"|\"batch\": \"X65\"|the batch id|18"})
    void aTextLongerThanItsColumnIsRefusedBeforeTheStoreSeesIt(String field, String replacement, String what,
                                                              int line) throws IOException {
        int length = Integer.parseInt(replacement.replaceAll(".*\"X(\\d+)\".*", "$1"));
        String content = SMALL.replace(field, replacement.replaceAll("X\\d+", "x".repeat(length)));
        assertTrue(!content.equals(SMALL), field);
        String message = refused(content);
        assertNames(message, what, "is longer than " + (length - 1) + " characters", "at line " + line);
        // one character less is fine
        WorkFileReader.read(file(SMALL.replace(field, replacement.replaceAll("X\\d+", "x".repeat(length - 1)))));
    }

    @Test
    void timesAndNumbersTheStoreCannotHoldAreRefused() throws IOException {
        assertNames(refused(SMALL.replace("\"updatedAt\": \"2025-03-01T09:30:00Z\"", "\"updatedAt\": \"+10000-03-01T09:30:00Z\"")),
                "not between the years 1000 and 9999", "at line 19");
        assertNames(refused(SMALL.replace("\"value\": 6.5", "\"value\": 1e999")), "not a finite number", "at line 10");
    }

    @Test
    void aFileOverTheLimitsIsRefusedBeforeItsRecordsAreBuilt() throws IOException {
        WorkFileLimits small = new WorkFileLimits(4096, 1, 1, 1, 1, 40);
        String twoDocuments = SMALL.replace("  } ]\n}", "  }, { \"contentHash\": \"" + "cd".repeat(32) + "\" } ]\n}");
        assertNames(refused(file(twoDocuments), small), "more than 1 documents", "at line 20", "far fewer");
        String twoIndicators = SMALL.replace("    } ]\n  } ]", "    }, { \"origin\": \"analyst\" } ]\n  } ]");
        assertNames(refused(file(twoIndicators), small), "more than 1 indicators in the document at line 5",
                "at line 19");
        String twoEvents = SMALL.replace("\"batch\": \"b-1\" } ]", "\"batch\": \"b-1\" }, {} ]");
        assertNames(refused(file(twoEvents), small), "more than 1 history events for the indicator at line 7",
                "at line 18");
        String twoTags = SMALL.replace("\"color\": \"#d9534f\" } ]", "\"color\": \"#d9534f\" }, { \"name\": \"b\" } ]");
        assertNames(refused(file(twoTags), small), "more than 1 tags", "at line 4");
        String longNote = SMALL.replace("与统计公报核对", "长".repeat(71));
        assertNames(refused(file(longNote), new WorkFileLimits(4096, 9, 9, 9, 9, 70)),
                "a text of more than 70 characters", "at line 12");
        assertNames(refused(file(SMALL), new WorkFileLimits(100, 9, 9, 9, 9, 1000)), "was not read",
                "more than the 100 bytes");
    }

    @Test
    void aMillionIndicatorsOnOneReportAreRefusedByTheDefaultLimits() throws IOException {
        Path big = dir.resolve("big.json");
        int over = WorkFileLimits.DEFAULT.indicatorsPerDocument() + 1;
        try (Writer w = Files.newBufferedWriter(big)) {
            w.write("{\"format\":\"zhibiao-work\",\"version\":2,\"documents\":[{\"contentHash\":\"" + HASH
                    + "\",\"indicators\":[\n");
            for (int i = 0; i < over; i++) {
                w.write(i == 0 ? "{}\n" : ",{}\n");
            }
            w.write("]}]}\n");
        }
        assertNames(refused(big, WorkFileLimits.DEFAULT), "more than 250,000 indicators in the document at line 1",
                "at line " + (over + 1));
    }
}
