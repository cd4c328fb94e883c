package io.zhibiao.core.portable;

import io.zhibiao.core.catalog.LayerMerge;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.extract.catalog.CatalogException;
import io.zhibiao.core.extract.catalog.CatalogRow;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DataAccess;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.PortableDao;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.TeamChange;
import io.zhibiao.core.store.Tag;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Applies a work file to this store. The file is read and checked completely first; then everything is
 * written in one store transaction, so a failure or a cancel leaves the store as it was. Documents are
 * matched by content hash; those the store lacks are reported and can be completed by importing the same
 * file again once their reports are imported. Importing a file twice changes nothing the second time.
 */
public final class WorkImporter {
    /** The kind of change notice a work import sends on a team store. */
    static final String WORK_IMPORT = "work_import";
    private final Store store;

    public WorkImporter(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * @throws WorkFileException     if the file is not a valid work file (nothing is written)
     * @throws CancellationException if {@code cancelled} turned true (nothing is written)
     */
    public WorkImportReport importFile(Path file, ConflictPolicy policy, WorkProgress progress,
                                       BooleanSupplier cancelled) {
        WorkFileReader.Located read = WorkFileReader.read(file, WorkFileLimits.DEFAULT);
        return importWork(file, read.work(), read.lines(), policy, progress, cancelled);
    }

    /** @throws WorkFileException if a span of the file lies outside its report's text (nothing is written) */
    public WorkImportReport importWork(WorkFile work, ConflictPolicy policy, WorkProgress progress,
                                       BooleanSupplier cancelled) {
        return importWork(null, work, WorkFileLines.UNKNOWN, policy, progress, cancelled);
    }

    private WorkImportReport importWork(Path file, WorkFile work, WorkFileLines lines, ConflictPolicy policy,
                                        WorkProgress progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(policy, "policy");
        long started = System.nanoTime();
        String named = "The work file " + (file == null ? "" : file + " ");
        // the catalog is planned (and checked) first and written after the work: a refused file writes nothing
        StoreCatalog catalog = StoreCatalog.of(store);
        LayerMerge plan;
        try {
            List<CatalogRow> rows = new ArrayList<>();
            for (int i = 0; i < work.catalog().size(); i++) {
                rows.add(work.catalog().get(i).toRow(i));
            }
            plan = catalog.plan(rows, policy == ConflictPolicy.TAKE_THEIRS);
        } catch (CatalogException e) {
            throw new WorkFileException(named + "has a catalog this store cannot take: " + e.getMessage()
                    + ". Nothing was imported.", e);
        }
        ImportTally tally;
        try {
            tally = store.inTransaction(tx -> {
                ImportTally t = apply(tx, work, lines, policy, progress, cancelled);
                // any document may have changed: the team's other analysts read again what they show
                tx.announce(TeamChange.everything(WORK_IMPORT));
                return t;
            });
        } catch (WorkFileException e) {
            // found while writing (a span against this store's text): the transaction has rolled back
            throw new WorkFileException(named + "is not valid: " + e.getMessage() + ". Nothing was imported.", e);
        }
        try {
            catalog.apply(plan);
        } catch (RuntimeException e) {
            throw new WorkFileException("The analyst work was imported, but the catalog " + catalog.whereKept()
                    + " could not be written: " + e.getMessage() + ". Import the file again to add its catalog.", e);
        }
        tally.catalogAdded.addAll(plan.added());
        tally.catalogChanged.addAll(plan.changed());
        for (LayerMerge.Conflict c : plan.conflicts()) {
            tally.conflicts.add(new WorkConflict("catalog", c.subject(), c.mine(), c.theirs(), c.theirsKept()));
        }
        return tally.report(work.documents().size(), policy, Duration.ofNanos(System.nanoTime() - started));
    }

    private static ImportTally apply(DataAccess tx, WorkFile work, WorkFileLines lines, ConflictPolicy policy,
                                     WorkProgress progress, BooleanSupplier cancelled) {
        ImportTally t = new ImportTally();
        Map<String, Tag> tags = mergeTags(tx, work.tags(), policy, t);
        DocumentMerge merge = new DocumentMerge(tx, tags, policy, t);
        int done = 0;
        for (DocumentWork d : work.documents()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("The import of analyst work was cancelled; nothing was changed.");
            }
            Optional<DocumentSummary> target = tx.documents().findByHash(d.contentHash());
            if (target.isPresent()) {
                merge.merge(target.get(), d, lines, done);
            } else {
                t.missing.add(new WorkImportReport.MissingDocument(d.contentHash(), d.fileName(), d.title()));
            }
            progress.documentsDone(++done, work.documents().size());
        }
        return t;
    }

    /** Creates missing tags, merges colours, appends tag history; returns the store's tags by name. */
    private static Map<String, Tag> mergeTags(DataAccess tx, List<TagWork> fileTags, ConflictPolicy policy,
                                              ImportTally tally) {
        Map<String, Tag> byName = new HashMap<>();
        List<AuditEvent> held = new ArrayList<>();
        Map<TagWork, Tag> targets = new HashMap<>();
        for (TagWork t : fileTags) {
            String name = t.name().strip();
            Tag tag = tx.tags().findByName(name).orElse(null);
            if (tag == null) {
                tag = tx.tags().create(name, t.color());
                tally.tagsCreated++;
            } else if (!Objects.equals(tag.color(), t.color()) && t.color() != null) {
                // Tags carry no time of change, so newer-wins keeps this store's colour unless it has none.
                boolean theirs = tag.color() == null || policy == ConflictPolicy.TAKE_THEIRS;
                if (tag.color() != null) {
                    tally.conflicts.add(new WorkConflict("", "colour of tag " + name, tag.color(), t.color(), theirs));
                }
                if (theirs) {
                    PortableDao.of(tx).recolorTag(tag.id(), t.color());
                    tag = new Tag(tag.id(), tag.name(), t.color());
                }
            }
            byName.put(name, tag);
            targets.put(t, tag);
            held.addAll(tx.audit().listByEntity(AuditEvent.TAG, tag.id()));
        }
        HistoryLedger ledger = new HistoryLedger(tx, held);
        for (TagWork t : fileTags) {
            ledger.append(t.history(), AuditEvent.TAG, targets.get(t).id(), null);
        }
        tally.historyAdded += ledger.added();
        return byName;
    }
}
