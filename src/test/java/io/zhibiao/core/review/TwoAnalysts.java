package io.zhibiao.core.review;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Two analysts, each with a session and a pane of their own, on one report: on a store file the two sessions
 * share one store, as two panes or a work import in one workbench do; on a team store ({@link #teamStores}) each
 * has a client of its own. The report holds {@link #values()}; subclasses show it in the panes.
 */
abstract class TwoAnalysts {
    static final String A = "李文";
    static final String B = "王芳";

    @TempDir
    Path dir;
    Store storeA;
    Store storeB;
    ReviewService a;
    ReviewService b;
    SeenRows paneA;
    SeenRows paneB;
    long doc;

    /** The store each analyst works on; the same one here. */
    Store[] openStores(Path dir) {
        Store store = Store.open(dir.resolve("db"));
        return new Store[]{store, store};
    }

    /** Two clients (two Store instances) on one new team database. */
    static Store[] teamStores(Path dir) {
        String url = TeamServer.newDatabase();
        Store first = TeamServer.openNewStoreAt(url, dir.resolve("a"));
        Store second = Store.open(StoreAddress.parse(url));
        return new Store[]{first, second};
    }

    /** The engine's rows of the report. */
    abstract List<IndicatorValue> values();

    @BeforeEach
    void twoAnalystsOpenTheSameReport() {
        Store[] stores = openStores(dir);
        storeA = stores[0];
        storeB = stores[1];
        doc = storeA.documents().insertDocument(ReviewFixture.document("/r/咸宁市2024.txt", ReviewFixture.TEXT),
                values());
        a = new ReviewService(storeA, A, Clock.systemUTC(), ReportPipeline::withBundledData);
        b = new ReviewService(storeB, B, Clock.systemUTC(), ReportPipeline::withBundledData);
        paneA = new SeenRows();
        paneB = new SeenRows();
    }

    @AfterEach
    void close() {
        if (storeB != storeA) {
            storeB.close();
        }
        storeA.close();
    }
}
