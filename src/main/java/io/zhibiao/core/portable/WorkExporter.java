package io.zhibiao.core.portable;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.extract.catalog.CatalogRow;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.zhibiao.core.AppVersion;
import io.zhibiao.core.files.AtomicWrite;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DataAccess;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.IndicatorOrigin;
import io.zhibiao.core.store.PortableDao;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Writes all analyst work of a store to a work file. The store is read in one transaction, so the file is
 * a consistent picture even while review goes on; documents are written one by one as they are read, and
 * the file appears only when complete.
 */
public final class WorkExporter {
    private final Store store;
    private final Clock clock;

    public WorkExporter(Store store) {
        this(store, Clock.systemUTC());
    }

    public WorkExporter(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Exports every document with analyst work, and every tag.
     *
     * @param analyst who exports, recorded in the file
     * @throws WorkFileException     if the file cannot be written (the old file, if any, stays)
     * @throws io.zhibiao.core.store.DamagedTextException if a document with work has a text that is not the
     *                               one imported (nothing is written)
     * @throws CancellationException if {@code cancelled} turned true (nothing is written)
     */
    public WorkExportSummary export(Path out, String analyst, WorkProgress progress, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        int[] counts = new int[4];
        write(out, stream -> store.runInTransaction(tx -> {
            try (JsonGenerator gen = WorkJson.MAPPER.getFactory().createGenerator(stream, JsonEncoding.UTF8)) {
                gen.useDefaultPrettyPrinter();
                writeFile(gen, tx, analyst, progress, cancelled, counts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        long bytes;
        try {
            bytes = Files.size(out);
        } catch (IOException e) {
            bytes = -1;
        }
        return new WorkExportSummary(out.toAbsolutePath().normalize(), counts[0], counts[1], counts[2], counts[3],
                bytes, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Replaces {@code requested} in one step ({@link AtomicWrite}): a failure or a cancel leaves the old
     * file as it was. The temporary file is recorded in the data folder, so the next start removes it after
     * a kill.
     */
    private void write(Path requested, AtomicWrite.Content content) {
        Path target = requested.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new WorkFileException("Cannot write " + target + ": it is a folder, not a file.");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new WorkFileException("Cannot write " + target + ": the folder " + folder + " does not exist.");
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new WorkFileException("Cannot write " + target + ": the file is read-only.");
        }
        try {
            AtomicWrite.to(target).recordedIn(store.location().toAbsolutePath().getParent()).write(content);
        } catch (IOException e) {
            if (e instanceof AccessDeniedException denied && denied.getOtherFile() == null) {
                // the temporary file could not be made: nothing was written
                throw new WorkFileException("Cannot write " + target + ": the folder " + folder + " is not writable.", e);
            }
            throw new WorkFileException("Could not write " + target + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new WorkFileException("Could not write " + target + ": " + e.getCause().getMessage(), e);
        }
    }

    private void writeFile(JsonGenerator gen, DataAccess tx, String analyst, WorkProgress progress,
                           BooleanSupplier cancelled, int[] counts) throws IOException {
        List<CatalogRow> catalogRows = StoreCatalog.of(store).current().userRows();
        gen.writeStartObject();
        gen.writeStringField("format", WorkFile.FORMAT);
        gen.writeNumberField("version", WorkFile.VERSION);
        gen.writeStringField("exportedAt", clock.instant().toString());
        gen.writeStringField("exportedBy", analyst);
        gen.writeStringField("appVersion", AppVersion.current());
        gen.writeArrayFieldStart("tags");
        for (Tag t : tx.tags().findAll()) {
            List<HistoryEntry> history = tx.audit().listByEntity(AuditEvent.TAG, t.id()).stream()
                    .map(HistoryEntry::of).toList();
            WorkJson.MAPPER.writeValue(gen, new TagWork(t.name(), t.color(), history));
            counts[2] += history.size();
            counts[3]++;
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("catalog");
        for (CatalogRow row : catalogRows) {
            WorkJson.MAPPER.writeValue(gen, CatalogWork.of(row));
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("documents");
        PortableDao portable = PortableDao.of(tx);
        List<DocumentSummary> documents = tx.documents().listSummaries();
        int done = 0;
        for (DocumentSummary d : documents) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("The export of analyst work was cancelled.");
            }
            DocumentWork work = documentWork(tx, portable, d);
            if (work != null) {
                WorkJson.MAPPER.writeValue(gen, work);
                counts[0]++;
                counts[1] += work.indicators().size();
                counts[2] += work.history().size();
                work.indicators().forEach(i -> counts[2] += i.history().size());
            }
            progress.documentsDone(++done, documents.size());
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    /** The document's work, or null when it has none. */
    private static DocumentWork documentWork(DataAccess tx, PortableDao portable, DocumentSummary d) {
        DocumentOverrides overrides = new DocumentOverrides(d.regionCodeOverride(), d.reportYearOverride(),
                d.kindOverride() == null ? null : d.kindOverride().id());
        List<StoredIndicator> rows = portable.indicatorsWithWork(d.id());
        List<AuditEvent> events = tx.audit().listByDocument(d.id());
        List<HistoryEntry> documentHistory = new ArrayList<>();
        Map<Long, List<AuditEvent>> byIndicator = new LinkedHashMap<>();
        for (AuditEvent e : events) {
            if (AuditEvent.DOCUMENT.equals(e.entityType())) {
                documentHistory.add(HistoryEntry.of(e));
            } else if (AuditEvent.INDICATOR.equals(e.entityType()) && e.entityId() != null) {
                byIndicator.computeIfAbsent(e.entityId(), k -> new ArrayList<>()).add(e);
            }
        }
        if (rows.isEmpty() && documentHistory.isEmpty() && overrides.isEmpty()) {
            return null;
        }
        // The work is keyed by the hash of the report text; a text or hash damaged in the store file would
        // carry the work off to no document or the wrong one, so the export stops here, naming the document.
        tx.documents().loadText(d.id());
        Map<Long, List<Tag>> tags = rows.isEmpty() ? Map.of() : tx.tags().tagsByDocument(d.id());
        List<IndicatorWork> indicators = new ArrayList<>(rows.size());
        for (StoredIndicator row : rows) {
            List<AuditEvent> history = byIndicator.getOrDefault(row.id(), List.of());
            IndicatorValue engine = EngineOriginal.of(row, history);
            indicators.add(new IndicatorWork(row.origin().id(),
                    row.origin() == IndicatorOrigin.ENGINE && !engine.equals(row.value()) ? ValueJson.of(engine) : null,
                    ValueJson.of(row.value()), row.status().id(), row.note(), row.deleted(),
                    tags.getOrDefault(row.id(), List.of()).stream().map(Tag::name).sorted().toList(),
                    row.updatedBy(), row.updatedAt().toString(), history.stream().map(HistoryEntry::of).toList()));
        }
        return new DocumentWork(d.contentHash(), d.fileName(), d.title(), overrides, indicators, documentHistory);
    }
}
