package io.zhibiao.ui.search;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.RegionTable;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.BackgroundTasks;
import io.zhibiao.ui.common.Messages;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A store with the sample reports and the gazetteer, a context whose background work runs at once, and the
 * primary stage to show one view on.
 */
public final class UiFixture implements AutoCloseable {
    private final Store store;
    private final AppContext context;
    private boolean showing;

    public UiFixture(Path tmp) {
        store = Store.open(tmp.resolve("store/zhibiao"));
        RegionTable.ensureLoaded(store);
        ImportService.withBundledData(store).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);
        Map<String, Region> regions = store.regions().findAll().stream()
                .collect(Collectors.toMap(Region::code, Function.identity()));
        context = new AppContext(store, new Messages(Locale.ENGLISH), new SameThreadTasks(), regions,
                Settings.load(tmp.resolve("settings.properties")), new ReviewService(store, "test"));
    }

    public AppContext context() {
        return context;
    }

    /** Builds the view from the context on the JavaFX thread and shows it as the primary stage's root. */
    public <V extends Parent> V show(Function<AppContext, V> viewFactory) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        AtomicReference<V> view = new AtomicReference<>();
        FxToolkit.setupSceneRoot(() -> {
            view.set(viewFactory.apply(context));
            return view.get();
        });
        FxToolkit.setupStage(Stage::show);
        showing = true;
        return view.get();
    }

    public long documentId(String fileName) {
        return store.documents().listSummaries().stream().filter(d -> d.fileName().equals(fileName))
                .map(DocumentSummary::id).findFirst().orElseThrow();
    }

    @Override
    public void close() throws TimeoutException {
        try {
            if (showing) {
                FxToolkit.cleanupStages();
            }
        } finally {
            store.close();
        }
    }

    /** Runs each task on the calling thread; on the JavaFX thread its callbacks fire before run() returns. */
    private static final class SameThreadTasks implements BackgroundTasks {
        @Override
        public <T> void run(Task<T> task) {
            task.run();
        }

        @Override
        public void shutdown() {
        }
    }
}
