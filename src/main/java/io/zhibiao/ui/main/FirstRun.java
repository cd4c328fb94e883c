package io.zhibiao.ui.main;

import io.zhibiao.core.importer.SampleCorpus;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.ui.AppContext;
import javafx.application.Platform;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * On a store with no documents (none in the trash either), loads the bundled sample reports, so that the
 * first thing a new user sees is real reports in the tree rather than an empty window; never into a team
 * store, which is shared.
 */
public final class FirstRun {
    private final AppContext context;
    private final MainWindow window;
    private final Path samplesFolder;
    private volatile String step = "not started";

    private CompletableFuture<List<DocumentSummary>> readAhead;

    /**
     * @param readAhead the document list being read while the window is built, or null to read it now
     */
    public FirstRun(AppContext context, MainWindow window, Path samplesFolder,
                    CompletableFuture<List<DocumentSummary>> readAhead) {
        this.readAhead = readAhead;
        this.context = context;
        this.window = window;
        this.samplesFolder = samplesFolder;
    }

    /** Where the first run is, for a self-test that has to say why it timed out. */
    public String step() {
        return step;
    }

    /** Reads the corpus; if it is empty (and not a team store's), imports the samples. {@code ready} runs when the tree is filled. */
    public void start(Runnable ready) {
        step = "reading the corpus";
        Runnable afterRead = () -> {
            step = "corpus read: " + window.corpus().documents().size() + " documents";
            // a team store is shared: the samples would land in every analyst's corpus
            if (!window.corpus().isEmpty() || context.store().server().isPresent()) {
                ready.run();
                return;
            }
            Task<List<Path>> copy = new Task<>() {
                @Override
                protected List<Path> call() {
                    if (!context.store().documents().listTrash().isEmpty()) {
                        // the analyst deleted every report, samples included: they stay deleted
                        return List.of();
                    }
                    updateMessage(context.messages().get("import.samples"));
                    return SampleCorpus.copyTo(samplesFolder);
                }
            };
            copy.setOnSucceeded(e -> {
                if (copy.getValue().isEmpty()) {
                    step = "samples not imported: the reports were deleted";
                    ready.run();
                    return;
                }
                step = "importing the samples";
                var importing = window.startImport(copy.getValue(), false);
                importing.stateProperty().addListener((obs, old, state) -> {
                    step = "import " + state;
                    if (io.zhibiao.ui.common.TaskStates.ended(state)) {
                        window.corpus().reload(ready);
                    }
                });
            });
            copy.setOnFailed(e -> ready.run());
            context.tasks().run(copy);
        };
        CompletableFuture<List<DocumentSummary>> ahead = readAhead;
        readAhead = null;
        if (ahead == null) {
            window.corpus().reload(afterRead);
        } else if (ahead.isDone()) {
            showReadAhead(ahead, afterRead);
        } else {
            ahead.whenComplete((docs, failure) -> Platform.runLater(() -> showReadAhead(ahead, afterRead)));
        }
    }

    /** A failed read ahead is read again the ordinary way, which reports its failure in the window. */
    private void showReadAhead(CompletableFuture<List<DocumentSummary>> ahead, Runnable afterRead) {
        if (ahead.isCompletedExceptionally()) {
            window.corpus().reload(afterRead);
        } else {
            window.corpus().show(ahead.join());
            afterRead.run();
        }
    }
}