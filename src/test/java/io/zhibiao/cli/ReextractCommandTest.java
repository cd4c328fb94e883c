package io.zhibiao.cli;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReextractCommandTest {
    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("store/zhibiao").toString();
    }

    @Test
    void anIndicatorAddedToTheCatalogIsFoundInStoredReportsAndListedPerDocument() throws Exception {
        CliRunner.run("import", SampleReports.DIR.toString(), "--db", db());
        CliRunner.Result nothing = CliRunner.run("reextract", "--db", db());
        assertEquals(0, nothing.exitCode(), nothing.err());
        assertTrue(nothing.out().contains("0 of 0 documents re-extracted"), "import stamps every document: " + nothing.out());

        CliRunner.run("catalog", "add", "EXPERT_STATIONS", "--name-zh", "院士专家工作站", "--name-en", "Academician workstations",
                "--unit", "个", "--db", db());
        CliRunner.Result r = CliRunner.run("reextract", "--db", db(), "--analyst", "li.na");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("3 of 3 documents re-extracted"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("document ") && l.contains("xianning-2023-work-report.txt")
                && l.contains("added 1")), r.out());
        assertTrue(r.out().contains("  + 院士专家工作站 53个"), r.out());
        try (Store s = Store.open(Path.of(db()))) {
            List<StoredIndicator> found = s.documents().listSummaries().stream()
                    .flatMap(d -> s.indicators().findByDocument(d.id()).stream())
                    .filter(i -> "EXPERT_STATIONS".equals(i.value().code())).toList();
            assertEquals(1, found.size(), found.toString());
        }
        Path csv = tmp.resolve("indicators.csv");
        CliRunner.run("export", "--out", csv.toString(), "--format", "csv", "--db", db());
        assertTrue(java.nio.file.Files.readString(csv).contains("EXPERT_STATIONS,院士专家工作站,Academician workstations,"),
                "the export names the analyst's indicator as the store's catalog does");
        CliRunner.Result again = CliRunner.run("reextract", "--db", db());
        assertTrue(again.out().contains("0 of 0 documents re-extracted"), again.out());
        CliRunner.Result one = CliRunner.run("reextract", "--document", "1", "--db", db());
        assertTrue(one.out().contains("1 of 1 documents re-extracted; rows added 0, changed 0, removed 0"), one.out());
        assertFalse(one.out().contains("  + "), one.out());
    }
}
