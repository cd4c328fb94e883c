package io.zhibiao.ui.main;

import io.zhibiao.core.importer.SampleCorpus;
import io.zhibiao.ui.AppContext;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.List;

/**
 * On a store with no documents, loads the bundled sample reports, so that the first thing a new user
 * sees is real reports in the tree rather than an empty window.
 */
public final class FirstRun {
    private final AppContext context;
    private final MainWindow window;
    private final Path samplesFolder;
    private volatile String step = "not started";

    private List<io.zhibiao.core.store.DocumentSummary> readAhead;

    /**
     * @param readAhead the document list read while the window was being built, or null to read it now
     */
    public FirstRun(AppContext context, MainWindow window, Path samplesFolder,
                    List<io.zhibiao.core.store.DocumentSummary> readAhead) {
        this.readAhead = readAhead;
        this.context = context;
        this.window = window;
        this.samplesFolder = samplesFolder;
    }

    /** Where the first run is, for a self-test that has to say why it timed out. */
    public String step() {
        return step;
    }

    /** Reads the corpus; if it is empty, imports the samples. {@code ready} runs when the tree is filled. */
    public void start(Runnable ready) {
        step = "reading the corpus";
        Runnable afterRead = () -> {
            step = "corpus read: " + window.corpus().documents().size() + " documents";
            if (!window.corpus().isEmpty()) {
                ready.run();
                return;
            }
            Task<List<Path>> copy = new Task<>() {
                @Override
                protected List<Path> call() {
                    updateMessage(context.messages().get("import.samples"));
                    return SampleCorpus.copyTo(samplesFolder);
                }
            };
            copy.setOnSucceeded(e -> {
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
        if (readAhead != null) {
            window.corpus().show(readAhead);
            readAhead = null;
            afterRead.run();
        } else {
            window.corpus().reload(afterRead);
        }
    }
}