package io.zhibiao.ui.catalog;

import io.zhibiao.core.catalog.CatalogOrigin;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.ui.search.UiFixture;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst searches the catalog, adds an indicator the reports use, re-extracts the stored reports and finds
 * it there; an alias another indicator has is refused with both places named; an indicator is retired.
 */
class CatalogViewTest {
    @TempDir
    Path tmp;
    private final FxRobot robot = new FxRobot();
    private UiFixture fixture;
    private CatalogView view;

    @BeforeEach
    void start() throws Exception {
        fixture = new UiFixture(tmp);
        view = fixture.show(CatalogView::new);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    private String message() {
        return robot.lookup("#catalog-message").queryAs(Label.class).getText();
    }

    private void select(String code) {
        robot.interact(() -> {
            view.model().search().set(code);
            view.table().getSelectionModel().select(view.table().getItems().stream()
                    .filter(r -> r.entry().code().equals(code)).findFirst().orElseThrow());
        });
    }

    @Test
    void anAddedIndicatorIsFoundInTheStoredReportsAfterReextraction() {
        robot.clickOn("#catalog-search").write("生产总值");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.table().getItems().stream().anyMatch(r -> r.entry().code().equals("GDP")));
        assertTrue(view.table().getItems().size() < 5, view.table().getItems().toString());
        assertFalse(robot.lookup("#catalog-reextract").queryAs(Button.class).isVisible());

        robot.clickOn("#catalog-add");
        robot.clickOn("#catalog-form-code").write("EXPERT_STATIONS");
        robot.clickOn("#catalog-form-name-zh").write("院士专家工作站");
        robot.clickOn("#catalog-form-name-en").write("Academician workstations");
        robot.clickOn("#catalog-form-units").write("个");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> view.model().search().set("院士"));
        assertEquals(1, view.table().getItems().size());
        assertEquals(CatalogOrigin.ADDED, view.table().getItems().get(0).origin());
        assertTrue(message().startsWith("The catalog was changed"), message());

        robot.clickOn("#catalog-reextract");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(message().startsWith("3 reports re-extracted: 1 rows added"), message());
        Store store = fixture.context().store();
        long found = store.documents().listSummaries().stream().map(DocumentSummary::id)
                .flatMap(id -> store.indicators().findByDocument(id).stream())
                .filter(i -> "EXPERT_STATIONS".equals(i.value().code())).count();
        assertEquals(1, found);
        assertFalse(robot.lookup("#catalog-reextract").queryAs(Button.class).isVisible());
    }

    @Test
    void anAliasAnotherIndicatorHasIsRefusedNamingBothPlacesAndRetiringCanBeUndone() {
        select("FAI");
        robot.clickOn("#catalog-edit");
        robot.clickOn("#catalog-form-aliases").type(javafx.scene.input.KeyCode.END).write("\n生产总值");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(message().contains("生产总值") && message().contains("indicators.csv line 2"), message());
        assertFalse(view.model().catalog().active().byCode("FAI").orElseThrow().aliases().contains("生产总值"));

        select("PM25");
        robot.clickOn("#catalog-retire");
        WaitForAsyncUtils.waitForFxEvents();
        select("PM25");
        assertEquals(CatalogOrigin.RETIRED, view.table().getSelectionModel().getSelectedItem().origin());
        assertEquals("Bring back", robot.lookup("#catalog-retire").queryAs(Button.class).getText());
        assertTrue(view.model().catalog().active().byCode("PM25").isEmpty());

        robot.clickOn("#catalog-retire");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.model().catalog().active().byCode("PM25").isPresent());
    }
}
