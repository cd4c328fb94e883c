package io.zhibiao.ui;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.testing.TeamServer;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench on a team store while a second client has it open: the reports another client imported are
 * in the tree, a verdict given in the workbench is in the server for the other client under the analyst's
 * database user, and the store's own backup is not offered (the server's tools back it up).
 */
class TeamStoreWorkbenchTest {
    @TempDir
    Path tmp;
    private String url;
    private Store other;
    private WorkbenchRobot robot;

    @BeforeAll
    static void server() {
        TeamServer.assumeAvailable();
    }

    @AfterEach
    void stop() throws Exception {
        if (robot != null) {
            robot.stop();
        }
        if (other != null) {
            other.close();
        }
        System.clearProperty(StoreAddress.TEAM_FOLDER_PROPERTY);
    }

    @Test
    void aVerdictGivenInTheWorkbenchReachesTheOtherClientUnderTheDatabaseUser() throws Exception {
        url = TeamServer.newDatabase();
        other = TeamServer.openNewStoreAt(url, tmp.resolve("other"));
        ImportService.withBundledData(other).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);

        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, tmp.resolve("workbench").toString());
        robot = new WorkbenchRobot(url);
        robot.start();
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
}
