package io.zhibiao.ui;

import io.zhibiao.core.compare.AlignedTable;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.testing.TcpRelay;
import io.zhibiao.testing.TeamServer;
import io.zhibiao.ui.document.DocumentPaneView;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench on a team store while a second client has it open: the reports another client imported are
 * in the tree, a verdict given in the workbench is in the server for the other client under the analyst's
 * database user, and the store's own backup is not offered (the server's tools back it up). What the other one
 * decides appears in the open pane, the tree's counts and the compare table without a reload, while the
 * analyst's selected row and scroll position stay as they were; a lost server is said and refuses actions.
 */
@ExtendWith(NeedsTeamServer.class)
class TeamStoreWorkbenchTest {
    @TempDir
    Path tmp;
    private String url;
    private Store other;
    private WorkbenchRobot robot;

    @AfterEach
    void stop() throws Exception {
        if (robot != null) {
            robot.stop();
        }
        if (other != null) {
            other.close();
        }
    }

    /** A team store the other client filled with the sample reports, and the workbench started on it. */
    private void startOnTeamStore() throws Exception {
        url = TeamServer.newDatabase();
        other = TeamServer.openNewStoreAt(url, tmp.resolve("other"));
        ImportService.withBundledData(other).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, tmp.resolve("workbench").toString());
        robot = new WorkbenchRobot(url);
        robot.start();
    }

    @Test
    void aVerdictGivenInTheWorkbenchReachesTheOtherClientUnderTheDatabaseUser() throws Exception {
        startOnTeamStore();
        assertEquals(3, robot.window().corpus().documents().size(), "the other client's reports, and no samples");

        DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
        robot.clickOn(pane.table());
        robot.type(KeyCode.J);
        long id = pane.model().selectedProperty().get().id();
        robot.type(KeyCode.V);
        WorkbenchRobot.waitUntil(10,
                () -> other.indicators().findById(id).orElseThrow().status() == ReviewStatus.VERIFIED);

        // named by the database login, not by the Settings name ("robot") another colleague could type too
        String login = other.user().orElseThrow();
        assertEquals(login, other.indicators().findById(id).orElseThrow().updatedBy());
        List<AuditEvent> history = other.audit().listByEntity("indicator", id);
        assertTrue(!history.isEmpty() && history.stream().allMatch(e -> e.analyst().equals(login)),
                history.toString());

        MenuBar bar = robot.lookup(n -> n instanceof MenuBar).query();
        List<MenuItem> backupItems = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-backup-now".equals(i.getId()) || "menu-restore".equals(i.getId())).toList();
        assertEquals(2, backupItems.size());
        assertTrue(backupItems.stream().allMatch(MenuItem::isDisable), "backup and restore are the server's");
    }

    @Test
    void aColleaguesVerdictsAppearInThePaneTreeAndCompareTableAndTheAnalystKeepsHisPlace() throws Exception {
        String url = TeamServer.newDatabase();
        other = TeamServer.openNewStoreAt(url, tmp.resolve("other"));
        ImportService.withBundledData(other).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, tmp.resolve("workbench").toString());
        robot = new WorkbenchRobot(url);
        robot.start();

        DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
        long doc = pane.model().documentIdProperty().get();
        List<StoredIndicator> rows = pane.model().indicators();
        assertTrue(rows.size() > 12, "a report with rows to scroll through: " + rows.size());
        StoredIndicator mine = rows.get(rows.size() - 2);
        StoredIndicator compared = rows.stream().filter(i -> i.value().code() != null && i.id() != mine.id())
                .findFirst().orElseThrow();
        robot.interact(() -> {
            pane.table().getSelectionModel().select(mine);
            pane.table().scrollTo(3);
        });
        WorkbenchRobot.waitUntil(5, () -> firstVisibleRow(pane) == 3);
        List<AlignedTable.Row> compareBefore = List.copyOf(robot.window().analysis().compare().rows());

        ReviewService colleague = new ReviewService(other, "colleague");
        colleague.reject(compared.id());
        colleague.verify(mine.id());

        WorkbenchRobot.waitUntil(15, () -> status(pane, compared.id()) == ReviewStatus.REJECTED
                && status(pane, mine.id()) == ReviewStatus.VERIFIED);
        assertEquals(mine.id(), pane.model().selectedProperty().get().id(), "the analyst's row stays selected");
        assertEquals(mine.id(), pane.table().getSelectionModel().getSelectedItem().id());
        assertEquals(3, firstVisibleRow(pane), "the table stays where the analyst scrolled to");
        WorkbenchRobot.waitUntil(15, () -> reviewedInTree(doc) == 2);
        WorkbenchRobot.waitUntil(15, () -> !robot.window().analysis().compare().rows().equals(compareBefore));
        assertTrue(robot.window().corpus().documents().stream().anyMatch(d -> d.id() == doc));
    }

    @Test
    void aLostServerIsShownAVerdictMeanwhileIsRefusedAndTheNextOneIsWrittenOnceItIsBack() throws Exception {
        String url = TeamServer.newDatabase();
        other = TeamServer.openNewStoreAt(url, tmp.resolve("other"));
        ImportService.withBundledData(other).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);
        URI server = URI.create(url.substring("jdbc:".length()));
        try (TcpRelay relay = new TcpRelay(server.getHost(), server.getPort())) {
            System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, tmp.resolve("workbench").toString());
            robot = new WorkbenchRobot(relay.relayed(url));
            robot.start();
            DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
            robot.clickOn(pane.table());
            robot.type(KeyCode.J);
            long id = pane.model().selectedProperty().get().id();

            relay.cut();
            WorkbenchRobot.waitUntil(15, () -> robot.window().saysConnectionLost());
            Label banner = robot.lookup("#team-connection").queryAs(Label.class);
            assertTrue(banner.getText().startsWith("The connection to the team store is lost"), banner.getText());
            robot.type(KeyCode.V);
            WorkbenchRobot.waitUntil(15, () -> pane.model().review().errorProperty().get()
                    .startsWith("Not saved: the connection to the team store is lost"));
            assertEquals(ReviewStatus.UNREVIEWED, other.indicators().findById(id).orElseThrow().status());

            relay.resume();
            WorkbenchRobot.waitUntil(15, () -> !robot.window().saysConnectionLost());
            assertTrue(banner.getText().startsWith("Connected to the team store again"), banner.getText());
            assertEquals(id, pane.model().selectedProperty().get().id());
            robot.interact(() -> pane.table().requestFocus());
            robot.type(KeyCode.V);
            WorkbenchRobot.waitUntil(15,
                    () -> other.indicators().findById(id).orElseThrow().status() == ReviewStatus.VERIFIED);
            assertEquals("", pane.model().review().errorProperty().get());
            robot.stop();
            robot = null;
        }
    }

    private static ReviewStatus status(DocumentPaneView pane, long id) {
        return pane.model().indicators().stream().filter(i -> i.id() == id).map(StoredIndicator::status)
                .findFirst().orElseThrow();
    }

    private int reviewedInTree(long doc) {
        return robot.window().corpus().documents().stream().filter(d -> d.id() == doc)
                .mapToInt(DocumentSummary::reviewedCount).findFirst().orElse(-1);
    }

    private static int firstVisibleRow(DocumentPaneView pane) {
        VirtualFlow<?> flow = (VirtualFlow<?>) pane.table().lookup(".virtual-flow");
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        return first == null ? -1 : first.getIndex();
    }

}
