package io.zhibiao.ui.catalog;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.TeamServer;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.BackgroundTasks;
import io.zhibiao.ui.common.Messages;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Catalog window open on one analyst's workbench shows an alias another analyst of the team gives, without
 * being opened again.
 */
@ExtendWith(NeedsTeamServer.class)
class CatalogWindowFollowsTheTeamTest {
    @TempDir
    Path dir;
    private Store mine;
    private Store theirs;

    @AfterEach
    void close() {
        if (theirs != null) {
            theirs.close();
        }
        if (mine != null) {
            mine.close();
        }
    }

    @Test
    void anAliasAnotherAnalystGivesAppearsInTheOpenCatalogWindow() throws InterruptedException {
        String url = TeamServer.newDatabase();
        mine = TeamServer.openNewStoreAt(url, dir.resolve("mine"));
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.resolve("theirs").toString());
        theirs = Store.open(StoreAddress.parse(url));
        mine.followOthers();
        AppContext context = new AppContext(mine, new Messages(Locale.ENGLISH), new InPlace(), Map.of(),
                Settings.load(dir.resolve("settings.properties")), new ReviewService(mine, "me"));
        CatalogViewModel model = new CatalogViewModel(context, Runnable::run);
        model.search().set("经济总盘子");
        assertEquals(0, model.shown().size());

        StoreCatalog.of(theirs).alias("GDP", "经济总盘子");

        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (model.shown().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertEquals(1, model.shown().size(), "the row of GDP, found by its new alias");
        assertEquals("GDP", model.shown().get(0).entry().code());
        assertTrue(model.message().get().contains("Another analyst changed the team's catalog"),
                model.message().get());
        model.dispose();
    }

    private static final class InPlace implements BackgroundTasks {
        @Override
        public <T> void run(Task<T> task) {
            task.run();
        }

        @Override
        public void shutdown() {
        }
    }
}
