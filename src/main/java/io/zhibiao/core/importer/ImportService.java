package io.zhibiao.core.importer;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.corpus.RawText;
import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.corpus.UnreadableFileException;
import io.zhibiao.core.extract.TooManyNumbersException;
import io.zhibiao.core.pipeline.ProcessedReport;
import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.store.ContentHash;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.DuplicateDocumentException;
import io.zhibiao.core.store.StoreException;
import io.zhibiao.core.store.NewDocument;
import io.zhibiao.core.store.Store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Imports report files into the store. Reading, detection and extraction run on all cores, each file
 * within a time limit ({@link #DEFAULT_TIME_LIMIT}; a file over it is skipped and named); each document
 * is written in its own transaction, so a killed import leaves only whole documents and the next run picks
 * up what is missing. A document is reported as imported only once it is on disk ({@link DurableOutcomes}),
 * and a failure of the store's file (a full disk) stops the import with what was kept and what was not.
 */
public final class ImportService {
    /**
     * How long reading and extracting one file may take. The slowest real report takes well under a
     * second; a file that needs this long is pathological and is skipped with its reason.
     */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportService.class);
    private static final long WAIT_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final Store store;
    private final ReportPipeline pipeline;
    /** Which engine and catalog the pipeline is, stored with each document; null when not known. */
    private final String extractedWith;
    private final FileReading reader;
    private final int threads;
    private final Duration timeLimit;

    public ImportService(Store store, ReportPipeline pipeline, ReportFileReader reader, int threads) {
        this(store, pipeline, null, reader::read, threads, DEFAULT_TIME_LIMIT);
    }

    private ImportService(Store store, ReportPipeline pipeline, String extractedWith, FileReading reader, int threads,
                          Duration timeLimit) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive: " + timeLimit);
        }
        this.store = store;
        this.pipeline = pipeline;
        this.extractedWith = extractedWith;
        this.reader = reader;
        this.threads = Math.max(1, threads);
        this.timeLimit = timeLimit;
    }

    /**
     * The service that extracts with the store's catalog (the bundled one and the user's layer beside the
     * store); a user catalog file that cannot be read is refused with its line before anything is imported.
     */
    public static ImportService withStoreCatalog(Store store) {
        StoreCatalog catalog = StoreCatalog.of(store);
        return new ImportService(store, catalog.pipeline(), catalog.extractedWith(), new ReportFileReader()::read,
                Runtime.getRuntime().availableProcessors(), DEFAULT_TIME_LIMIT);
    }

    public static ImportService withBundledData(Store store) {
        return new ImportService(store, ReportPipeline.withBundledData(), new ReportFileReader(),
                Runtime.getRuntime().availableProcessors());
    }

    /** The same service with another number of worker threads. */
    public ImportService withThreads(int count) {
        return new ImportService(store, pipeline, extractedWith, reader, count, timeLimit);
    }

    /** The same service with another time limit for reading and extracting one file. */
    public ImportService withTimeLimit(Duration limit) {
        return new ImportService(store, pipeline, extractedWith, reader, threads, limit);
    }

    /** The same service reading files another way: a deadline test puts a stage of known duration here. */
    public ImportService withReading(FileReading reading) {
        return new ImportService(store, pipeline, extractedWith, reading, threads, timeLimit);
    }

    public ImportSummary importPaths(List<Path> paths, ImportListener listener, BooleanSupplier cancelled) {
        ImportFiles.Expansion expansion = ImportFiles.expandAll(paths);
        List<Path> files = expansion.files();
        boolean wasCancelled = false;
        try (DurableOutcomes outcomes = new DurableOutcomes(store, listener, files.size())) {
            try {
                loadRegions();
                wasCancelled = importFiles(files, outcomes, cancelled);
            } catch (StoreFailed e) {
                outcomes.fail(e.failure());
            }
            return new ImportSummary(outcomes.reported(), wasCancelled, expansion.unsupported(), expansion.links(),
                    files.size(), outcomes.failure());
        }
    }

    /**
     * The gazetteer is written once, before the first document: the disk may be full already. The store
     * is opened again first if an earlier import's failed write closed it.
     */
    private void loadRegions() {
        try {
            store.beginBulkWrites();
            RegionTable.ensureLoaded(store);
        } catch (StoreException e) {
            throw StoreFailed.from(e);
        }
    }

    /** @return whether the import was cancelled */
    private boolean importFiles(List<Path> files, DurableOutcomes outcomes, BooleanSupplier cancelled) {
        // A bounded window of files in flight keeps memory flat however many files are imported. Each
        // task reads, extracts and stores its file (one transaction per document, so H2 writes run on
        // all cores too); outcomes are reported in file order, once their documents are on disk.
        Deque<InFlight> window = new ArrayDeque<>();
        AtomicBoolean stop = new AtomicBoolean();
        boolean wasCancelled = false;
        int next = 0;
        try (ImportWorkers workers = new ImportWorkers(threads)) {
            while ((!stop.get() && next < files.size()) || !window.isEmpty()) {
                while (!stop.get() && next < files.size() && window.size() < threads * 2) {
                    window.add(start(files.get(next++), workers, stop));
                }
                try {
                    FileOutcome outcome = await(window.poll(), workers, outcomes::poll);
                    if (outcome != null) {
                        outcomes.add(outcome);
                    }
                } catch (StoreFailed e) {
                    outcomes.fail(e.failure());
                }
                if (outcomes.failure() != null) {
                    // Whatever is written now may be lost as well: the files in flight finish (a worker is
                    // never interrupted) and are not reported; no other file is started.
                    stop.set(true);
                } else if (!stop.get() && cancelled.getAsBoolean()) {
                    // Never interrupt a worker: an interrupt inside an H2 write closes the database file.
                    // Files already started finish and are reported; the rest are not started.
                    stop.set(true);
                    wasCancelled = true;
                }
            }
        }
        outcomes.finish();
        return wasCancelled;
    }

    private InFlight start(Path file, ImportWorkers workers, AtomicBoolean stop) {
        DocumentDeadline deadline = new DocumentDeadline(timeLimit);
        Future<FileOutcome> future = workers.submit(() -> {
            if (stop.get()) {
                return null;
            }
            deadline.start();
            try {
                return store(prepare(file, deadline), deadline);
            } catch (DocumentDeadline.Expired e) {
                return null;
            } catch (OutOfMemoryError e) {
                // the document's own data is unreachable once this frame is left, so the import can go on
                return FileOutcome.failed(file, "too large to process: it needs more memory than Zhibiao has");
            } finally {
                workers.finished(deadline);
            }
        });
        return new InFlight(file, deadline, future);
    }

    /**
     * Runs off the writing thread: everything that does not write to the store. Reading and extraction
     * run under the file's deadline; the duplicate check is a store call and must not be interrupted.
     */
    private Prepared prepare(Path file, DocumentDeadline deadline) {
        try {
            RawText raw = deadline.interruptibly(() -> reader.read(file));
            String hash = ContentHash.of(raw.text());
            deadline.checkNotExpired();
            Optional<FileOutcome> duplicate = duplicateOf(file, hash);
            if (duplicate.isPresent()) {
                return Prepared.done(duplicate.get());
            }
            ProcessedReport report = deadline.interruptibly(() -> pipeline.process(raw, file.getFileName().toString()));
            return new Prepared(file, hash, report, null);
        } catch (UnreadableFileException e) {
            // the summary says it in the analyst's words; the reader's own detail (PDFBox's, POI's) is for the
            // log file, in one line: a file an analyst could not import is no fault of the program's
            LOG.info("{} not imported: {}{}", file.getFileName(), e.getMessage(),
                    e.getCause() == null ? "" : " (" + e.getCause() + ")");
            return Prepared.done(FileOutcome.failed(file, e));
        } catch (DocumentDeadline.Expired | StoreFailed e) {
            throw e;
        } catch (TooManyNumbersException e) {
            return Prepared.done(FileOutcome.failed(file, e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return Prepared.done(FileOutcome.failed(file, "could not be processed ("
                    + e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")"));
        }
    }

    private Optional<FileOutcome> duplicateOf(Path file, String hash) {
        try {
            if (!store.documents().containsHash(hash)) {
                return Optional.empty();
            }
            Long id = store.documents().findByHash(hash).map(DocumentSummary::id).orElse(null);
            boolean trashed = id != null && store.documents().deletedAt(id).isPresent();
            return Optional.of(new FileOutcome(file, FileOutcome.Status.DUPLICATE, id, trashed
                    ? "same content as deleted document " + id + ", which is in the trash (`trash --restore " + id
                    + "` brings it back)"
                    : "same content already in the store"));
        } catch (StoreException e) {
            throw StoreFailed.from(e);
        }
    }

    private FileOutcome store(Prepared p, DocumentDeadline deadline) {
        if (!deadline.claimForStoring()) {
            return null;
        }
        if (p.outcome() != null) {
            return p.outcome();
        }
        try {
            String sourcePath = p.file().toAbsolutePath().normalize().toString();
            Optional<DocumentSummary> previous = store.documents().findLatestByPath(sourcePath);
            ProcessedReport r = p.report();
            NewDocument doc = NewDocument.of(sourcePath, p.file().getFileName().toString(), p.hash(),
                    FileSize.of(p.file()), r.raw(), r.cleaned().cleaned(), r.profile(), r.cleaned().metadata(),
                    Instant.now(), previous.map(DocumentSummary::id).orElse(null));
            long id = store.documents().insertDocument(doc, r.indicators(), extractedWith);
            return new FileOutcome(p.file(), previous.isPresent() ? FileOutcome.Status.NEW_VERSION
                    : FileOutcome.Status.IMPORTED, id, null);
        } catch (DuplicateDocumentException e) {
            // Two files with the same content in one run: the first one wins.
            return new FileOutcome(p.file(), FileOutcome.Status.DUPLICATE, null, "same content already in the store");
        } catch (RuntimeException e) {
            if (e instanceof StoreException failedCall && StoreFailed.from(failedCall) instanceof StoreFailed failed) {
                throw failed;
            }
            return FileOutcome.failed(p.file(), "could not be stored: " + e.getMessage());
        }
    }

    /**
     * The outcome of the oldest file in flight, or a timeout outcome when it ran over its limit;
     * {@code meanwhile} runs every time slice spent waiting.
     *
     * @throws StoreFailed when the store's file failed under the file's worker
     */
    private FileOutcome await(InFlight f, ImportWorkers workers, Runnable meanwhile) {
        try {
            while (true) {
                long left = f.deadline().remainingNanos();
                try {
                    // while the file waits for a worker or is being stored there is no limit: look again soon
                    return f.future().get(Math.min(Math.max(left, 0), WAIT_SLICE_NANOS), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    meanwhile.run();
                    if (f.deadline().remainingNanos() <= 0 && workers.giveUp(f.deadline())) {
                        return FileOutcome.failed(f.file(), "took longer than "
                                + DocumentDeadline.describe(timeLimit) + " to read and was skipped");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StoreFailed failed) {
                throw failed;
            }
            return FileOutcome.failed(f.file(), "could not be processed (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() != null ? ": " + cause.getMessage() : "") + ")");
        }
    }

    private record InFlight(Path file, DocumentDeadline deadline, Future<FileOutcome> future) {
    }

    private record Prepared(Path file, String hash, ProcessedReport report, FileOutcome outcome) {
        static Prepared done(FileOutcome outcome) {
            return new Prepared(outcome.file(), null, null, outcome);
        }
    }
}
