package io.zhibiao.ui.backup;

import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.backup.Restored;
import io.zhibiao.core.importer.RegionTable;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreInUseException;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The background half of a restore in the running workbench: the store must be closed while its file is
 * replaced, so it is closed, restored and opened again. Runs off the JavaFX thread.
 */
final class StoreSwap {
    /** H2 lets go of the file only when the last short connection of a task still running has ended. */
    private static final long RELEASE_WAIT_MILLIS = 10_000;

    /** The reopened store, and either what was restored or why nothing was (the store is then as it was). */
    record Result(Store store, Map<String, Region> regions, Restored restored, RuntimeException failure) {
    }

    private StoreSwap() {
    }

    /**
     * @throws RuntimeException only when the store cannot be opened again afterwards
     */
    static Result restore(Store open, Backups backups, Path backupFile) {
        Path location = open.location();
        open.close();
        Restored restored = null;
        RuntimeException failure = null;
        try {
            restored = restoreWhenReleased(backups, backupFile);
        } catch (RuntimeException e) {
            failure = e;
        }
        Store reopened = Store.open(location);
        try {
            RegionTable.ensureLoaded(reopened);
            Map<String, Region> regions = reopened.regions().findAll().stream()
                    .collect(Collectors.toMap(Region::code, Function.identity()));
            return new Result(reopened, regions, restored, failure);
        } catch (RuntimeException e) {
            reopened.close();
            throw e;
        }
    }

    private static Restored restoreWhenReleased(Backups backups, Path backupFile) {
        long deadline = System.currentTimeMillis() + RELEASE_WAIT_MILLIS;
        while (true) {
            try {
                return backups.restore(backupFile);
            } catch (StoreInUseException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                sleep(e);
            }
        }
    }

    private static void sleep(RuntimeException pending) {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw pending;
        }
    }
}
