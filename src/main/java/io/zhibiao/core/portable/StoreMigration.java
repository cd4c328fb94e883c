package io.zhibiao.core.portable;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreCopy;
import io.zhibiao.core.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Moves a personal store into a new team store: every row in one transaction ({@link StoreCopy}), the user
 * catalog beside it, and then a proof that nothing of the analysts' work was lost: the work files of both
 * stores ({@link WorkExporter}, written with the same time and exporter) must be the same byte for byte.
 */
public final class StoreMigration {
    /** What the catalog layer ({@code catalog.csv}) did: it lives beside a store, on each computer. */
    public enum CatalogMove {
        /** The source has no catalog layer of its own. */
        NONE,
        /** Copied into the team store's folder on this computer. */
        COPIED,
        /** That folder already held the same layer. */
        ALREADY_THERE,
        /** That folder holds a different layer, which was kept: the work check then reports the difference. */
        KEPT_DIFFERENT
    }

    /**
     * @param sourceCatalog the source's layer, for the advice on other computers (null without one)
     * @param targetCatalog where the team store's layer is on this computer
     * @param workDifference null when the work files of both stores are the same, else where they first differ
     */
    public record Outcome(StoreCopy.Result copied, CatalogMove catalog, Path sourceCatalog, Path targetCatalog,
                          String workDifference) {
        public boolean workIdentical() {
            return workDifference == null;
        }
    }

    /** The fixed time and exporter of the two work files compared, so that only the work can differ. */
    private static final Clock CHECK_CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    private static final String CHECK_ANALYST = "migrate";

    private StoreMigration() {
    }

    /**
     * @param scratch an existing folder for the two work files of the check (they are deleted afterwards)
     * @throws io.zhibiao.core.store.StoreNotEmptyException if the target holds documents, work or history
     * @throws StoreException        if a row does not go in (nothing was copied)
     * @throws CancellationException if {@code cancelled} turned true during the copy (nothing was copied)
     */
    public static Outcome migrate(Store source, Store target, Path scratch, StoreCopy.Progress progress,
                                  BooleanSupplier cancelled) {
        if (source.server().isPresent()) {
            throw new StoreException("The store to move, " + source.describe() + ", is a team store already; "
                    + "--db names the store file to move (for a copy between two servers, use pg_dump).");
        }
        if (target.server().isEmpty()) {
            throw new StoreException("--to names the team store to move into, jdbc:postgresql://host:port/database; "
                    + target.describe() + " is a store file (copy a store file with backup and restore).");
        }
        StoreCopy.Result copied = StoreCopy.copy(source, target, progress, cancelled);
        Path sourceCatalog = StoreCatalog.of(source).file();
        Path targetCatalog = StoreCatalog.of(target).file();
        CatalogMove catalog = moveCatalog(sourceCatalog, targetCatalog);
        String difference = compareWork(source, target, scratch);
        return new Outcome(copied, catalog, Files.exists(sourceCatalog) ? sourceCatalog : null, targetCatalog,
                difference);
    }

    private static CatalogMove moveCatalog(Path from, Path to) {
        if (!Files.exists(from)) {
            return CatalogMove.NONE;
        }
        try {
            if (Files.exists(to)) {
                return Files.mismatch(from, to) < 0 ? CatalogMove.ALREADY_THERE : CatalogMove.KEPT_DIFFERENT;
            }
            Files.createDirectories(to.toAbsolutePath().getParent());
            Files.copy(from, to);
            return CatalogMove.COPIED;
        } catch (IOException e) {
            throw new StoreException("The store was copied, but its catalog " + from + " could not be copied to "
                    + to + ": " + e.getMessage() + ". Copy the file there by hand.", e);
        }
    }

    /** Null when both stores' work files are the same, else the first line where they differ. */
    private static String compareWork(Store source, Store target, Path scratch) {
        Path mine = scratch.resolve("source-work.json");
        Path theirs = scratch.resolve("team-work.json");
        try {
            new WorkExporter(source, CHECK_CLOCK).export(mine, CHECK_ANALYST, WorkProgress.NONE, () -> false);
            new WorkExporter(target, CHECK_CLOCK).export(theirs, CHECK_ANALYST, WorkProgress.NONE, () -> false);
            if (Files.mismatch(mine, theirs) < 0) {
                return null;
            }
            List<String> a = Files.readAllLines(mine);
            List<String> b = Files.readAllLines(theirs);
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String x = i < a.size() ? a.get(i).strip() : "(end)";
                String y = i < b.size() ? b.get(i).strip() : "(end)";
                if (!x.equals(y)) {
                    return "line " + (i + 1) + ": " + x + " | " + y;
                }
            }
            return "the files differ";
        } catch (IOException e) {
            throw new StoreException("The store was copied, but its work could not be compared: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(mine);
                Files.deleteIfExists(theirs);
            } catch (IOException e) {
                // scratch files in a temporary folder; the caller removes the folder
            }
        }
    }
}
