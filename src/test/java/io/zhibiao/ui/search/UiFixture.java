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

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A store with the sample reports and the gazetteer, and a context whose background work runs at once. */
public final class UiFixture implements AutoCloseable {
    private final Store store;
    private final AppContext context;

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

    public long documentId(String fileName) {
        return store.documents().listSummaries().stream().filter(d -> d.fileName().equals(fileName))
                .map(DocumentSummary::id).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        store.close();
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
