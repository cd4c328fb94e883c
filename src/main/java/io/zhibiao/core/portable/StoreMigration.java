package io.zhibiao.core.portable;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreCopy;
import io.zhibiao.core.store.StoreException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Moves a personal store into a new team store: every row and the catalog layer beside the store file in one
 * transaction ({@link StoreCopy}), and then a proof that nothing of the analysts' work was lost: the work files of both
 * stores ({@link WorkExporter}, written with the same time and exporter) must be the same byte for byte.
 */
public final class StoreMigration {
    /** What became of the source's catalog layer ({@code catalog.csv} beside the store file). */
    public enum CatalogMove {
        /** The source has no catalog layer of its own. */
        NONE,
        /** Copied into the team store, in the transaction that copied the rows: every analyst now extracts with it. */
        COPIED
    }

    /**
     * @param sourceCatalog the source's layer file (null without one)
     * @param workDifference null when the work files of both stores are the same, else where they first differ
     */
    public record Outcome(StoreCopy.Result copied, CatalogMove catalog, Path sourceCatalog, String workDifference) {
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
        StoreCatalog catalog = StoreCatalog.of(source);
        String layer = catalog.current().userRows().isEmpty() ? null : layerText(catalog.file());
        // the layer goes in with the rows, so that the team's extraction stamps match the copied documents'
        StoreCopy.Result copied = StoreCopy.copy(source, target, layer, progress, cancelled);
        String difference = compareWork(source, target, scratch);
        return new Outcome(copied, layer == null ? CatalogMove.NONE : CatalogMove.COPIED,
                layer == null ? null : catalog.file(), difference);
    }

    /** The layer file's text as it is: the team's catalog is the analyst's, byte for byte. */
    private static String layerText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("The catalog " + file + " could not be read: " + e.getMessage()
                    + "; nothing was copied.", e);
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
