package io.zhibiao.core.catalog;

import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.CatalogException;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.review.Reextraction;
import io.zhibiao.core.review.ReextractionListener;
import io.zhibiao.core.review.ReviewAction;
import io.zhibiao.core.review.ReviewChange;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.review.TeachPreview;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoreFile;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two analysts' workbenches (two stores, each with a local folder of its own, as on two computers) on one team
 * database: the catalog layer is the team's, so a lesson one teaches is the other's catalog and extraction
 * stamp, lessons taught at the same time all stay, a lesson that clashes with one taught meanwhile is refused
 * naming both, and the other workbench hears of the change.
 */
@ExtendWith(NeedsTeamServer.class)
class TeamCatalogTest {
    private static final String PHRASE = "基本医疗保险参保率";

    @TempDir
    Path dir;
    private Store a;
    private Store b;

    @AfterEach
    void close() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private void openBoth() {
        String url = TeamServer.newDatabase();
        a = TeamServer.openNewStoreAt(url, dir.resolve("a"));
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.resolve("b").toString());
        b = Store.open(StoreAddress.parse(url));
    }

    @Test
    void aLessonOneAnalystTeachesIsTheOthersCatalogAndLeavesTheirReextractionNothingToDo() throws IOException {
        openBoth();
        ImportService.withStoreCatalog(a).importPaths(SampleReports.copyTo(dir.resolve("reports")),
                ImportListener.NONE, () -> false);
        StoreCatalog.of(a).add(new CatalogEntry("MED_INS", "医保参保率", "Medical insurance coverage", List.of(),
                "social", Set.of(Measure.RATE), Set.of()));
        ReviewService reviewA = new ReviewService(a, "a");
        Reextraction catchUp = Reextraction.withStoreCatalog(a, reviewA);
        catchUp.run(catchUp.behind(), ReextractionListener.NONE, () -> false);

        TeachPreview preview = reviewA.teaching().preview(Lesson.alias(PHRASE, "MED_INS"), () -> false);
        assertFalse(preview.documentIds().isEmpty());
        reviewA.teaching().apply(preview, ReextractionListener.NONE, () -> false);

        StoreCatalog seenByB = StoreCatalog.of(b);
        assertEquals("MED_INS", seenByB.current().active().lookup(PHRASE).orElseThrow().code());
        assertEquals(StoreCatalog.of(a).extractedWith(), seenByB.extractedWith());
        assertEquals(List.of(), Reextraction.withStoreCatalog(b, new ReviewService(b, "b")).behind(),
                "B's re-extraction would undo nothing A taught");
        assertFalse(Files.exists(StoreFile.catalogFile(b.location())), "no layer of B's own on B's computer");
        assertFalse(Files.exists(StoreFile.catalogFile(a.location())), "nor on A's");
        assertEquals(a.user().orElseThrow(), a.teamCatalog().orElseThrow().read().updatedBy(),
                "the database user who changed the catalog is recorded");
    }

    @Test
    void twoAnalystsAddingAliasesAtTheSameTimeBothKeepTheirs() throws Exception {
        openBoth();
        // both read the layer before either writes: the second write is based on a version that is gone
        StoreCatalog readByA = StoreCatalog.of(a);
        StoreCatalog readByB = StoreCatalog.of(b);
        readByA.alias("GDP", "经济总盘子");
        readByB.alias("GDP", "经济大盘");
        assertTrue(StoreCatalog.of(a).current().active().byCode("GDP").orElseThrow().aliases()
                .containsAll(List.of("经济总盘子", "经济大盘")));

        // and on threads, each lesson taught through a catalog read just before
        int each = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (Store s : List.of(a, b)) {
            String who = s == a ? "甲" : "乙";
            done.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    StoreCatalog.of(s).alias("GDP", "总量说法" + who + i);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        List<String> aliases = StoreCatalog.of(b).current().active().byCode("GDP").orElseThrow().aliases();
        for (int i = 0; i < each; i++) {
            assertTrue(aliases.contains("总量说法甲" + i) && aliases.contains("总量说法乙" + i), aliases.toString());
        }
        assertEquals(2 + 2 * each, a.teamCatalog().orElseThrow().read().version());
    }

    @Test
    void theTeamsFirstTwoLessonsTaughtAtOnceBothStay() throws Exception {
        openBoth();
        // no row holds the layer yet: both may try to make it, and the one that finds it made re-applies its lesson
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<?> first = threads.submit(() -> {
            StoreCatalog c = StoreCatalog.of(a);
            start.await();
            return c.alias("GDP", "经济总盘子");
        });
        Future<?> second = threads.submit(() -> {
            StoreCatalog c = StoreCatalog.of(b);
            start.await();
            return c.alias("GDP", "经济大盘");
        });
        start.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        threads.shutdown();
        assertTrue(StoreCatalog.of(a).current().active().byCode("GDP").orElseThrow().aliases()
                .containsAll(List.of("经济总盘子", "经济大盘")));
        assertEquals(2, a.teamCatalog().orElseThrow().read().version());
    }

    @Test
    void aLessonThatClashesWithOneTaughtMeanwhileIsRefusedNamingBoth() {
        openBoth();
        StoreCatalog readByA = StoreCatalog.of(a);
        StoreCatalog readByB = StoreCatalog.of(b);
        String other = readByB.current().active().entries().stream().map(CatalogEntry::code)
                .filter(c -> !c.equals("GDP")).findFirst().orElseThrow();
        readByA.alias("GDP", "经济总盘子");

        CatalogException refused = assertThrows(CatalogException.class, () -> readByB.alias(other, "经济总盘子"));

        assertTrue(refused.getMessage().contains("meanwhile") && refused.getMessage().contains("经济总盘子")
                && refused.getMessage().contains("GDP") && refused.getMessage().contains(other),
                refused.getMessage());
        assertTrue(refused.getMessage().contains(a.user().orElseThrow()), refused.getMessage());
        StoreCatalog now = StoreCatalog.of(a);
        assertEquals("GDP", now.current().active().lookup("经济总盘子").orElseThrow().code(), "A's lesson stays");
        assertEquals(1, a.teamCatalog().orElseThrow().read().version(), "nothing of B's was written");
    }

    @Test
    void theOtherWorkbenchHearsOfACatalogChange() throws InterruptedException {
        openBoth();
        b.followOthers();
        ReviewService reviewB = new ReviewService(b, "b");
        Queue<ReviewChange> heard = new ConcurrentLinkedQueue<>();
        reviewB.addListener(heard::add);

        StoreCatalog.of(a).alias("GDP", "经济总盘子");

        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (heard.stream().noneMatch(c -> c.action() == ReviewAction.CATALOG_ELSEWHERE) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertTrue(heard.stream().anyMatch(c -> c.action() == ReviewAction.CATALOG_ELSEWHERE), heard.toString());
    }

    /**
     * The workbench asks for the catalog on its JavaFX thread (the compare table's names, the panes' dialogs): a
     * following store keeps the team's layer in memory, takes a colleague's change from its notice, and still
     * answers when the server cannot be reached.
     */
    @Test
    void aFollowingWorkbenchKeepsTheTeamsCatalogCurrentAndAnswersWithoutTheServer() throws InterruptedException {
        openBoth();
        b.followOthers();
        assertTrue(StoreCatalog.of(b).current().active().lookup("经济总盘子").isEmpty());

        StoreCatalog.of(a).alias("GDP", "经济总盘子");

        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (StoreCatalog.of(b).current().active().lookup("经济总盘子").isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertEquals("GDP", StoreCatalog.of(b).current().active().lookup("经济总盘子").orElseThrow().code(),
                "the notice brought the colleague's alias");
        b.close();
        assertEquals("GDP", StoreCatalog.of(b).current().active().lookup("经济总盘子").orElseThrow().code(),
                "no server needed to read it");
    }
}
