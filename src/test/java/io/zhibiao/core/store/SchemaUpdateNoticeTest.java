package io.zhibiao.core.store;

import io.zhibiao.core.store.fixture.FirstSchemaFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.zhibiao.core.store.SchemaUpdate.Phase.BACKING_UP;
import static io.zhibiao.core.store.SchemaUpdate.Phase.DONE;
import static io.zhibiao.core.store.SchemaUpdate.Phase.MIGRATING;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Opening a store of an older version tells what the wait is for: the backup first, then each step, then the
 * end. A new store and a store already up to date say nothing, as nobody waits for them.
 */
class SchemaUpdateNoticeTest {
    @TempDir
    Path dir;

    @Test
    void anOlderStoreIsBackedUpThenUpdatedStepByStepAndSaysSo() {
        Path db = FirstSchemaFixture.copyTo(dir.resolve("old"));
        List<SchemaUpdate> said = new ArrayList<>();
        int latest = SchemaVersion.LATEST;
        try (Store ignored = Store.open(StoreAddress.file(db), said::add)) {
            List<SchemaUpdate> expected = new ArrayList<>();
            expected.add(new SchemaUpdate(1, latest, BACKING_UP, 0));
            for (int v = 2; v <= latest; v++) {
                expected.add(new SchemaUpdate(1, latest, MIGRATING, v));
            }
            expected.add(new SchemaUpdate(1, latest, DONE, 0));
            assertEquals(expected, said);
        }
        said.clear();
        try (Store ignored = Store.open(StoreAddress.file(db), said::add)) {
            assertEquals(List.of(), said, "up to date: nothing to wait for");
        }
    }

    @Test
    void aNewStoreIsCreatedWithoutANotice() {
        List<SchemaUpdate> said = new ArrayList<>();
        try (Store ignored = Store.open(StoreAddress.file(dir.resolve("new/zhibiao")), said::add)) {
            assertEquals(List.of(), said);
        }
    }
}
