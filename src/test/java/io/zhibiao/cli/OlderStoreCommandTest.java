package io.zhibiao.cli;

import io.zhibiao.core.store.fixture.FirstSchemaFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command run on a store of an older version says, before the wait, that it updates it and how far it is. */
class OlderStoreCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theFirstCommandOnAnOlderStoreSaysItUpdatesItStepByStep() {
        Path db = FirstSchemaFixture.copyTo(tmp.resolve("old"));
        CliRunner.Result first = CliRunner.run("list", "--db", db.toString());
        assertEquals(0, first.exitCode(), first.err());
        java.util.regex.Matcher to = java.util.regex.Pattern
                .compile("The store has schema version 1 and this Zhibiao writes version (\\d+)").matcher(first.err());
        assertTrue(to.find(), first.err());
        int steps = Integer.parseInt(to.group(1)) - 1;
        assertTrue(first.err().contains("Updating the store: step 1 of " + steps), first.err());
        assertTrue(first.err().contains("Updating the store: step " + steps + " of " + steps), first.err());
        assertTrue(first.err().contains("The store is up to date."), first.err());

        CliRunner.Result again = CliRunner.run("list", "--db", db.toString());
        assertFalse(again.err().contains("Updating the store"), again.err());
    }
}
