package io.zhibiao.core.importer;

import io.zhibiao.core.corpus.RawText;
import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.corpus.UnreadableFileException;
import io.zhibiao.core.pipeline.ProcessedReport;
import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.DuplicateDocumentException;
import io.zhibiao.core.store.NewDocument;
import io.zhibiao.core.store.Store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Imports report files into the store. Reading, detection and extraction run on all cores; the
 * writes happen one document at a time on the calling thread, each in its own transaction, so a
 * killed import leaves only whole documents and the next run picks up what is missing.
 */
public final class ImportService {
    private final Store store;
    private final ReportPipeline pipeline;
    private final ReportFileReader reader;
    private final int threads;

    public ImportService(Store store, ReportPipeline pipeline, ReportFileReader reader, int threads) {
        this.store = store;
        this.pipeline = pipeline;
        this.reader = reader;
        this.threads = Math.max(1, threads);
    }

    public static ImportService withBundledData(Store store) {
        return new ImportService(store, ReportPipeline.withBundledData(), new ReportFileReader(),
                Runtime.getRuntime().availableProcessors());
    }

    /** The same service with another number of worker threads. */
    public ImportService withThreads(int count) {
        return new ImportService(store, pipeline, reader, count);
    }

    public ImportSummary importPaths(List<Path> paths, ImportListener listener, BooleanSupplier cancelled) {
        List<Path> files = ImportFiles.expand(paths);
        RegionTable.ensureLoaded(store);
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zhibiao-import");
            t.setDaemon(true);
            return t;
        });
        // A bounded window of files in flight keeps memory flat however many files are imported. Each
        // task reads, extracts and stores its file (one transaction per document, so H2 writes run on
        // all cores too); outcomes are reported in file order.
        Deque<Future<FileOutcome>> window = new ArrayDeque<>();
        AtomicBoolean stop = new AtomicBoolean();
        int next = 0;
        try {
            while ((!stop.get() && next < files.size()) || !window.isEmpty()) {
                while (!stop.get() && next < files.size() && window.size() < threads * 2) {
                    Path file = files.get(next++);
                    window.add(pool.submit(() -> stop.get() ? null : store(prepare(file))));
                }
                FileOutcome outcome = await(window.poll());
                if (outcome != null) {
                    outcomes.add(outcome);
                    listener.fileDone(outcomes.size(), files.size(), outcome);
                }
                if (!stop.get() && cancelled.getAsBoolean()) {
                    // Never interrupt a worker: an interrupt inside an H2 write closes the database file.
                    // Files already started finish and are reported; the rest are not started.
                    stop.set(true);
                }
            }
        } finally {
            pool.shutdown();
        }
        // Documents are committed one by one and reach the file within half a second; the summary is
        // only reported once all of them are on disk.
        store.flush();
        return new ImportSummary(outcomes, stop.get());
    }

    /** Runs off the writing thread: everything that does not touch the store's write path. */
    private Prepared prepare(Path file) {
        try {
            RawText raw = reader.read(file);
            String hash = ContentHash.of(raw.text());
            if (store.documents().containsHash(hash)) {
                return Prepared.done(new FileOutcome(file, FileOutcome.Status.DUPLICATE,
                        store.documents().findByHash(hash).map(DocumentSummary::id).orElse(null),
                        "same content already in the store"));
            }
            ProcessedReport report = pipeline.process(raw, file.getFileName().toString());
            return new Prepared(file, hash, report, null);
        } catch (UnreadableFileException e) {
            return Prepared.done(FileOutcome.failed(file, e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return Prepared.done(FileOutcome.failed(file, "could not be processed ("
                    + e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")"));
        }
    }

    private FileOutcome store(Prepared p) {
        if (p.outcome() != null) {
            return p.outcome();
        }
        String sourcePath = p.file().toAbsolutePath().normalize().toString();
        Optional<DocumentSummary> previous = store.documents().findLatestByPath(sourcePath);
        ProcessedReport r = p.report();
        NewDocument doc = NewDocument.of(sourcePath, p.file().getFileName().toString(), p.hash(),
                FileSize.of(p.file()), r.raw(), r.cleaned().cleaned(), r.profile(), r.cleaned().metadata(),
                Instant.now(), previous.map(DocumentSummary::id).orElse(null));
        try {
            long id = store.documents().insertDocument(doc, r.indicators());
            return new FileOutcome(p.file(), previous.isPresent() ? FileOutcome.Status.NEW_VERSION
                    : FileOutcome.Status.IMPORTED, id, null);
        } catch (DuplicateDocumentException e) {
            // Two files with the same content in one run: the first one wins.
            return new FileOutcome(p.file(), FileOutcome.Status.DUPLICATE, null, "same content already in the store");
        } catch (RuntimeException e) {
            return FileOutcome.failed(p.file(), "could not be stored: " + e.getMessage());
        }
    }

    private static FileOutcome await(Future<FileOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("import task failed", e.getCause());
        }
    }

    private record Prepared(Path file, String hash, ProcessedReport report, FileOutcome outcome) {
        static Prepared done(FileOutcome outcome) {
            return new Prepared(outcome.file(), null, null, outcome);
        }
    }
}
