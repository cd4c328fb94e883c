package io.zhibiao.ui;

import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst corrects a row's code, teaches the catalog the phrase, sees what it would change in the store,
 * applies it, finds another report's row carrying the code, and takes it all back with Ctrl+Z.
 */
class TeachFlowTest {
    private static final String PHRASE = "基本医疗保险参保率";

    @TempDir
    Path tmp;
    private WorkbenchRobot robot;

    @AfterEach
    void stop() throws Exception {
        robot.stop();
    }

    private static StoredIndicator row(DocumentPaneView pane) {
        return pane.model().indicators().stream().filter(r -> PHRASE.equals(r.value().name())).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + PHRASE));
    }

    @Test
    void correctTeachPreviewApplyAndUndo() throws Exception {
        robot = new WorkbenchRobot(tmp);
        // the analyst's own indicator, added in the catalog window beforehand; no alias matches the reports' phrase
        Files.writeString(robot.db().resolveSibling("catalog.csv"), "code,name_zh,name_en,aliases,category,measures,units,retired\n"
                + "MED_INS,医保参保率,Medical insurance coverage,,social,rate,,\n", StandardCharsets.UTF_8);
        robot.start();
        DocumentPaneView other = robot.openFromTree(SampleReports.XIANNING_2023);
        DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
        assertNull(row(other).value().code(), "the engine does not know the phrase yet");
        StoredIndicator target = row(pane);

        robot.clickOn(pane.table());
        robot.interact(() -> pane.model().selectedProperty().set(target));
        robot.type(KeyCode.E);
        WorkbenchRobot.waitUntil(5, () -> robot.lookup("#form-code").tryQuery().isPresent());
        TextField code = robot.lookup("#form-code").queryAs(TextField.class);
        robot.clickOn("#form-value");
        // typed into the field but not through its completion popup, which a headless robot cannot aim at
        robot.interact(() -> code.setText("MED_INS"));
        robot.type(KeyCode.ENTER);
        WorkbenchRobot.waitUntil(20, () -> row(pane).status() == ReviewStatus.CORRECTED);

        WorkbenchRobot.waitUntil(20, () -> pane.model().review().lessonProperty().get() != null);
        robot.clickOn(robot.from(pane).lookup("#teach-button").queryAs(Button.class));
        WorkbenchRobot.waitUntil(30, () -> robot.lookup("#teach-message").tryQuery().isPresent()
                && robot.lookup("#teach-message").queryAs(Label.class).getText().startsWith("In 2 reports"));
        String counts = robot.lookup("#teach-message").queryAs(Label.class).getText();
        assertTrue(counts.contains("1 rows would be added") && counts.contains("1 removed"), counts);
        assertTrue(robot.lookup(".teach-phrase").tryQuery().isPresent(), "an example marks the phrase");

        // the dialog's button bar may lie outside the headless screen: the buttons are pressed as a click would
        Button apply = robot.lookup("#teach-apply").queryAs(Button.class);
        assertTrue(!apply.isDisabled(), "Apply is offered once the preview is counted");
        robot.interact(apply::fire);
        WorkbenchRobot.waitUntil(60, () -> robot.lookup("#teach-message").queryAs(Label.class).getText()
                .startsWith("Taught."));
        Button close = robot.lookup("#teach-close").queryAs(Button.class);
        robot.interact(close::fire);
        WorkbenchRobot.waitUntil(20, () -> "MED_INS".equals(row(other).value().code()));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WorkbenchRobot.waitUntil(60, () -> row(other).value().code() == null);
        assertEquals("MED_INS", row(pane).value().code(), "the correction itself is a step of its own");
        assertEquals(ReviewStatus.CORRECTED, row(pane).status());
    }
}
