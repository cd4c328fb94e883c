package io.zhibiao.cli;

import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkCommandTest {
    @TempDir
    Path tmp;

    private String db(String name) {
        return tmp.resolve(name + "/zhibiao").toString();
    }

    private void reviewSome(String db) {
        try (Store s = Store.open(Path.of(db))) {
            ReviewService review = new ReviewService(s, "wang.li");
            for (DocumentSummary d : s.documents().listSummaries()) {
                long first = s.indicators().findByDocument(d.id()).get(0).id();
                review.verify(first);
                review.tag(List.of(first), "重点", "#d9534f");
            }
        }
    }

    @Test
    void exportsAndImportsWorkWithASummary() {
        CliRunner.run("import", SampleReports.DIR.toString(), "--db", db("a"));
        reviewSome(db("a"));
        Path file = tmp.resolve("work.json");
        CliRunner.Result exported = CliRunner.run("work", "export", "--out", file.toString(), "--db", db("a"),
                "--analyst", "wang.li");
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().contains("3 documents, 3 indicators with work"), exported.out());
        assertTrue(Files.exists(file));

        CliRunner.run("import", SampleReports.DIR.resolve(SampleReports.HONGHU_2024).toString(), "--db", db("b"));
        CliRunner.Result partial = CliRunner.run("work", "import", file.toString(), "--db", db("b"));
        assertEquals(0, partial.exitCode(), partial.err());
        assertTrue(partial.out().contains("Documents matched 1, missing 2"), partial.out());
        assertTrue(partial.out().contains("2 documents of the file are not in this store; import their reports first."),
                partial.out());

        CliRunner.run("import", SampleReports.DIR.toString(), "--db", db("b"));
        CliRunner.Result rest = CliRunner.run("work", "import", file.toString(), "--db", db("b"), "--policy",
                "keep-mine");
        assertTrue(rest.out().contains("Documents matched 3, missing 0; indicators applied 2"), rest.out());
        CliRunner.Result again = CliRunner.run("work", "import", file.toString(), "--db", db("b"));
        assertTrue(again.out().contains("indicators applied 0, unchanged 3")
                && again.out().contains("history events added 0."), again.out());
    }

    @Test
    void badFilesAndPoliciesGetOneLineAndTheRightExitCode() throws Exception {
        CliRunner.run("import", SampleReports.DIR.toString(), "--db", db("a"));
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"zhibiao-work\", \"version\": 1, \"documents\": [ {\"contentHash\": ");
        CliRunner.Result broken = CliRunner.run("work", "import", bad.toString(), "--db", db("a"));
        assertEquals(1, broken.exitCode());
        assertTrue(broken.err().startsWith("error: The work file") && broken.err().contains("line 1"), broken.err());
        assertFalse(broken.err().contains("Exception"), broken.err());

        CliRunner.Result policy = CliRunner.run("work", "import", bad.toString(), "--policy", "mine", "--db", db("a"));
        assertEquals(ZhibiaoCommand.USAGE, policy.exitCode());
        assertTrue(policy.err().contains("'mine' is not a conflict policy"), policy.err());

        CliRunner.Result noFolder = CliRunner.run("work", "export", "--out", tmp.resolve("no/such/w.json").toString(),
                "--db", db("a"));
        assertEquals(1, noFolder.exitCode());
        assertTrue(noFolder.err().contains("does not exist"), noFolder.err());
    }
}
