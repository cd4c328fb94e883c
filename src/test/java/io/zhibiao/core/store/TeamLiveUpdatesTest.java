package io.zhibiao.core.store;

import io.zhibiao.core.review.ReviewAction;
import io.zhibiao.core.review.ReviewChange;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.TcpRelay;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static io.zhibiao.core.store.StoreFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Two clients on one team store: each hears the other's committed writes (and only those) by the path its
 * own changes take, and a listener whose connection the server cut says so, comes back and hears again.
 */
@ExtendWith(NeedsTeamServer.class)
class TeamLiveUpdatesTest {
    @TempDir
    Path dir;
    private String url;
    private Store mine;
    private Store theirs;
    private final Queue<ReviewChange> heard = new ConcurrentLinkedQueue<>();
    private final Queue<String> states = new ConcurrentLinkedQueue<>();
    private final Queue<Long> indexed = new ConcurrentLinkedQueue<>();

    @AfterEach
    void close() {
        if (theirs != null) {
            theirs.close();
        }
        if (mine != null) {
            mine.close();
        }
    }

    /** Mine follows the others, with a review service listening as the workbench's window does. */
    private ReviewService openBoth() {
        url = TeamServer.newDatabase();
        mine = TeamServer.openNewStoreAt(url, dir.resolve("mine"));
        theirs = Store.open(StoreAddress.parse(url));
        return follow();
    }

    private ReviewService follow() {
        mine.followOthers();
        mine.addConnectionListener(new TeamConnectionListener() {
            @Override
            public void connectionLost(String why) {
                states.add("lost");
            }

            @Override
            public void connectionRestored() {
                states.add("restored");
            }
        });
        mine.addDocumentListener((id, hash, text) -> indexed.add(id));
        ReviewService review = new ReviewService(mine, "me");
        review.addListener(heard::add);
        return review;
    }

    @Test
    void anotherClientsImportAndVerdictReachTheListenersAndOwnChangesAreNotHeardTwice() throws Exception {
        ReviewService myReview = openBoth();
        long doc = theyImport("/r/a.txt", TEXT);
        assertEquals(List.of(doc), List.copyOf(indexed), "this computer's search index hears of their import");

        long indicator = theirs.indicators().findByDocument(doc).get(0).id();
        heard.clear();
        new ReviewService(theirs, "them").verify(indicator);
        waitUntil(() -> heardElsewhere(doc));

        heard.clear();
        myReview.reject(indicator);
        // their second import comes after my verdict on the channel: once it is heard, mine would have been
        theyImport("/r/b.txt", TEXT + "2");
        assertEquals(List.of(ReviewAction.REJECT), heard.stream().filter(c -> c.documentIds().contains(doc))
                .map(ReviewChange::action).toList(), "my own verdict is heard once, as mine");
    }

    @Test
    void aRolledBackTransactionTellsNobody() throws Exception {
        openBoth();
        long doc = theyImport("/r/a.txt", TEXT);
        heard.clear();
        assertThrows(IllegalStateException.class, () -> theirs.runInTransaction(tx -> {
            tx.announce(TeamChange.of("verify", List.of(doc), List.of()));
            throw new IllegalStateException("changed my mind");
        }));
        theyImport("/r/b.txt", TEXT + "2");
        assertFalse(heardElsewhere(doc), "a notice is sent only with its commit: " + heard);
    }

    @Test
    void aListenerWhoseConnectionTheServerCutSaysSoReconnectsAndHearsTheNextChange() throws Exception {
        openBoth();
        long doc = theyImport("/r/a.txt", TEXT);
        heard.clear();

        TeamServer.run(url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND application_name = '" + TeamNoticeListener.APPLICATION_NAME + "'");
        waitUntil(() -> states.contains("restored"));
        assertEquals(List.of("lost", "restored"), List.copyOf(states));
        assertTrue(heard.stream().anyMatch(c -> c.action() == ReviewAction.ELSEWHERE && c.documentIds().contains(doc)),
                "what may have been missed meanwhile is read again: " + heard);

        heard.clear();
        long indicator = theirs.indicators().findByDocument(doc).get(0).id();
        new ReviewService(theirs, "them").verify(indicator);
        waitUntil(() -> heardElsewhere(doc));
    }

    @Test
    void whileTheServerIsAwayAnActionIsRefusedInWordsAndNothingOfItIsWritten() throws Exception {
        url = TeamServer.newDatabase();
        theirs = TeamServer.openNewStoreAt(url, dir.resolve("theirs"));
        long doc = theirs.documents().insertDocument(document("/r/a.txt", TEXT), List.of(gdpTarget()));
        long indicator = theirs.indicators().findByDocument(doc).get(0).id();
        URI server = URI.create(url.substring("jdbc:".length()));
        try (TcpRelay relay = new TcpRelay(server.getHost(), server.getPort())) {
            mine = Store.open(StoreAddress.parse(relay.relayed(url)));
            ReviewService myReview = follow();
            relay.cut();
            waitUntil(() -> states.contains("lost"));

            TeamConnectionLostException refused = assertThrows(TeamConnectionLostException.class, () -> myReview.verify(indicator));
            assertTrue(refused.getMessage().contains("the connection to the team store's server is lost")
                    && refused.getMessage().contains("Nothing of it was saved"), refused.getMessage());
            assertEquals(ReviewStatus.UNREVIEWED, theirs.indicators().findById(indicator).orElseThrow().status());
            assertEquals(List.of(), theirs.audit().listByEntity(AuditEvent.INDICATOR, indicator));

            relay.resume();
            waitUntil(() -> states.contains("restored"));
            assertEquals(List.of("lost", "restored"), List.copyOf(states));
            heard.clear();
            new ReviewService(theirs, "them").reject(indicator);
            waitUntil(() -> heardElsewhere(doc));
            assertTrue(myReview.verify(indicator), "the analyst's next action is written again");
            assertEquals(ReviewStatus.VERIFIED, theirs.indicators().findById(indicator).orElseThrow().status());
            mine.close();
        }
    }

    /** Their import of a report, once mine has heard of it. */
    private long theyImport(String path, String text) throws InterruptedException {
        long id = theirs.documents().insertDocument(document(path, text), List.of(gdpTarget()));
        waitUntil(() -> heardElsewhere(id));
        return id;
    }

    private boolean heardElsewhere(long documentId) {
        return heard.stream().anyMatch(c -> c.action() == ReviewAction.ELSEWHERE && c.documentIds().contains(documentId));
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "not within 15 s");
            Thread.sleep(20);
        }
    }
}
