package io.zhibiao.cli;

import io.zhibiao.core.store.HoldStoreOpen;
import io.zhibiao.core.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command refused because the store is in use leaves nothing behind beside the store. */
class RefusedRunTest {
    @TempDir
    Path tmp;

    @Test
    void aCommandRefusedByAStoreInUseLeavesNoTraceFile() throws Exception {
        Path db = tmp.resolve("store/zhibiao");
        Files.createDirectories(db.getParent());
        try (Store s = Store.open(db)) {
            s.documents().listSummaries();
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreOpen.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("OPEN", out.readLine());
            CliRunner.Result refused = CliRunner.run("list", "--db", db.toString());
            assertEquals(1, refused.exitCode(), refused.err());
            try (Stream<Path> files = Files.list(db.getParent())) {
                List<String> traces = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".trace.db")).toList();
                assertTrue(traces.isEmpty(), "left behind: " + traces);
            }
            holder.getOutputStream().close();
            assertEquals("CLOSED", out.readLine());
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        } finally {
            holder.destroyForcibly();
        }
    }
}
