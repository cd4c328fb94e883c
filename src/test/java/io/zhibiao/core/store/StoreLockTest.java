package io.zhibiao.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** A second process holding the store must make our open fail fast, and leave the data intact. */
class StoreLockTest {
    @TempDir
    Path dir;

    @Test
    void secondProcessHoldingTheStoreMakesOpenFailFast() throws Exception {
        Path db = dir.resolve("zhibiao");
        try (Store store = Store.open(db)) {
            store.documents().insertDocument(StoreFixtures.document("/first/a.txt", StoreFixtures.TEXT),
                    List.of(StoreFixtures.gdpTarget(), StoreFixtures.unemploymentRange()));
        }

        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreOpen.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("OPEN", out.readLine(), "the second process should have opened the store");

            long started = System.nanoTime();
            StoreInUseException e = assertThrows(StoreInUseException.class, () -> Store.open(db));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(millis < 10_000, "open must fail fast, took " + millis + " ms");
            assertEquals("The store at " + db.toAbsolutePath() + " is in use by another Zhibiao window or command; "
                    + "close it and try again.", e.getMessage());
            System.out.println("Second open failed after " + millis + " ms");

            holder.getOutputStream().close();
            assertEquals("CLOSED", out.readLine());
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the holder should exit once its input closes");
            assertEquals(0, holder.exitValue());
        } finally {
            holder.destroyForcibly();
        }

        try (Store store = Store.open(db)) {
            List<DocumentSummary> docs = store.documents().listSummaries();
            assertEquals(List.of("/first/a.txt", "/second/process.txt"),
                    docs.stream().map(DocumentSummary::sourcePath).toList());
            assertEquals(2, docs.get(0).indicatorCount());
            assertEquals(1, docs.get(1).indicatorCount());
            assertEquals(StoreFixtures.TEXT, store.documents().loadText(docs.get(0).id()).orElseThrow().originalText());
            assertTrue(store.documents().findIncomplete().isEmpty());
        }
    }
}
