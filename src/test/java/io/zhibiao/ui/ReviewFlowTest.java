package io.zhibiao.ui;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst reviewing with the keyboard: verify, correct, undo, redo, tag, add what the engine missed, and merge
 * a change refused because the row moved on.
 */
class ReviewFlowTest {
    @TempDir
    Path tmp;
    private WorkbenchRobot robot;
    private DocumentPaneView pane;

    @BeforeEach
    void start() throws Exception {
        robot = new WorkbenchRobot(tmp);
        robot.start();
        pane = robot.openFromTree(SampleReports.HONGHU_2024);
        robot.clickOn(pane.table());
    }

    @AfterEach
    void stop() throws Exception {
        robot.stop();
    }

    private StoredIndicator selected() {
        return pane.model().selectedProperty().get();
    }

    private StoredIndicator inStore(long id) {
        return robot.window().panes().panes().get(0).model().indicators().stream().filter(i -> i.id() == id)
                .findFirst().orElseThrow();
    }

    @Test
    void verifyWithVThenUndoAndRedoWithTheKeyboard() throws Exception {
        robot.type(KeyCode.J);
        long id = selected().id();
        robot.type(KeyCode.V);
        WorkbenchRobot.waitUntil(10, () -> inStore(id).status() == ReviewStatus.VERIFIED);
        assertTrue(pane.model().progressProperty().get().startsWith("1 of"), pane.model().progressProperty().get());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WorkbenchRobot.waitUntil(10, () -> inStore(id).status() == ReviewStatus.UNREVIEWED);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WorkbenchRobot.waitUntil(10, () -> inStore(id).status() == ReviewStatus.VERIFIED);
    }

    @Test
    void undoSelectsAndScrollsToTheRowItChanged() throws Exception {
        var rows = pane.table().getItems();
        StoredIndicator last = rows.get(rows.size() - 1);
        robot.interact(() -> pane.model().selectedProperty().set(last));
        robot.type(KeyCode.V);
        WorkbenchRobot.waitUntil(10, () -> inStore(last.id()).status() == ReviewStatus.VERIFIED);
        robot.interact(() -> pane.model().selectedProperty().set(pane.table().getItems().get(0)));
        WorkbenchRobot.waitUntil(5, () -> !rowShown(last.id()));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WorkbenchRobot.waitUntil(10, () -> inStore(last.id()).status() == ReviewStatus.UNREVIEWED);
        WorkbenchRobot.waitUntil(5, () -> selected() != null && selected().id() == last.id());
        WorkbenchRobot.waitUntil(5, () -> rowShown(last.id()));
    }

    /** Whether the table shows the indicator's row within its visible area. */
    private boolean rowShown(long id) {
        javafx.geometry.Bounds table = pane.table().localToScene(pane.table().getLayoutBounds());
        return pane.table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.isVisible() && r.getItem() instanceof StoredIndicator s && s.id() == id)
                .anyMatch(n -> {
                    javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
                    return b.getMinY() >= table.getMinY() && b.getMaxY() <= table.getMaxY();
                });
    }

    @Test
    void correctAValueInTheFormAndSeeItInTheTableAndHistory() throws Exception {
        robot.type(KeyCode.J);
        StoredIndicator row = selected();
        robot.type(KeyCode.E);
        TextField value = robot.lookup("#form-value").queryAs(TextField.class);
        robot.interact(() -> value.setText(""));
        robot.clickOn(value).write("8.5").type(KeyCode.ENTER);
        WorkbenchRobot.waitUntil(10, () -> inStore(row.id()).status() == ReviewStatus.CORRECTED);
        assertEquals(8.5, inStore(row.id()).value().value());
        assertEquals(row.value().code(), inStore(row.id()).value().code());
        try (var store = io.zhibiao.core.store.Store.open(robot.db())) {
            var events = store.audit().listByEntity(io.zhibiao.core.store.AuditEvent.INDICATOR, row.id());
            assertTrue(events.stream().anyMatch(e -> "robot".equals(e.analyst()) && "stated_value".equals(e.field())
                    && "8.5".equals(e.newValue())), "audit history: " + events);
        }
    }

    @Test
    void tagTheSelectedIndicatorByName() throws Exception {
        robot.type(KeyCode.J);
        long id = selected().id();
        robot.type(KeyCode.T);
        WorkbenchRobot.waitUntil(10, () -> robot.lookup("#tag-name").tryQuery().isPresent());
        robot.clickOn("#tag-name").write("recheck");
        assertEquals("recheck", robot.lookup("#tag-name").queryAs(TextField.class).getText());
        robot.type(KeyCode.ENTER);
        WorkbenchRobot.waitUntil(10, () -> pane.model().tagsProperty().get().getOrDefault(id, java.util.List.of())
                .stream().anyMatch(t -> t.name().equals("recheck")));
    }

    @Test
    void addWithoutASelectionTakesTheSentenceAtTheCaret() throws Exception {
        String text = pane.model().textProperty().get();
        String phrase = "新增省级企业技术中心、工程研究中心、产业科技创新联合体等创新平台5个以上";
        int start = text.indexOf(phrase);
        robot.interact(() -> {
            pane.textArea().requestFocus();
            pane.textArea().moveTo(start + 4);
        });
        robot.type(KeyCode.A);
        WorkbenchRobot.waitUntil(5, () -> robot.lookup("#form-value").tryQuery().isPresent());
        assertEquals("5", robot.lookup("#form-value").queryAs(TextField.class).getText(),
                "the form is pre-filled from the sentence the caret is in");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void addAMissedIndicatorFromATextSelection() throws Exception {
        String text = pane.model().textProperty().get();
        String phrase = "新增省级企业技术中心、工程研究中心、产业科技创新联合体等创新平台5个以上";
        int start = text.indexOf(phrase);
        assertTrue(start >= 0);
        int before = pane.model().indicators().size();
        robot.interact(() -> {
            pane.textArea().requestFocus();
            pane.textArea().selectRange(start, start + phrase.length());
        });
        robot.type(KeyCode.A);
        TextField value = robot.lookup("#form-value").queryAs(TextField.class);
        assertEquals("5", value.getText(), "the form is pre-filled by the engine's reading of the selection");
        robot.clickOn(value).type(KeyCode.ENTER);
        WorkbenchRobot.waitUntil(10, () -> pane.model().indicators().size() == before + 1);
    }
    /**
     * A change the pane did not hear of (a colleague's session, as a work import or a team store's notice still
     * on its way): the analyst, still looking at the old version, rejects the row. The rejection is refused, the
     * merge dialog shows both versions, and picking "mine" for the status writes a row with their value and this
     * analyst's verdict.
     */
    @Test
    void aRefusedVerdictOpensTheMergeAndMineForTheStatusIsWritten() throws Exception {
        StoredIndicator row = pane.model().indicators().stream().filter(i -> i.value().value() != null)
                .findFirst().orElseThrow();
        robot.interact(() -> pane.model().selectedProperty().set(row));
        double theirValue = row.value().value() + 1;

        new ReviewService(robot.app().store(), "王芳").correct(row.id(), IndicatorField.VALUE, theirValue);
        robot.clickOn(pane.table());
        robot.interact(() -> pane.model().selectedProperty().set(row));
        robot.type(KeyCode.X);

        WorkbenchRobot.waitUntil(20, () -> robot.lookup("#merge-mine-status").tryQuery().isPresent());
        assertTrue(pane.model().review().errorProperty().get().contains("王芳"),
                "the pane says who changed the row: " + pane.model().review().errorProperty().get());
        assertEquals(ReviewStatus.CORRECTED, stored(row.id()).status(), "the refused verdict wrote nothing");
        assertTrue(robot.lookup("#merge-mine-value").tryQuery().isPresent(), "the value differs too");

        robot.clickOn("#merge-mine-status");
        robot.clickOn("#merge-write");

        WorkbenchRobot.waitUntil(20, () -> stored(row.id()).status() == ReviewStatus.REJECTED);
        assertEquals(theirValue, stored(row.id()).value().value(), "their value, not picked as mine, stays");
        WorkbenchRobot.waitUntil(20, () -> pane.model().indicators().stream()
                .anyMatch(i -> i.id() == row.id() && i.status() == ReviewStatus.REJECTED));
        assertEquals("", pane.model().review().errorProperty().get());
    }

    private StoredIndicator stored(long id) {
        return robot.app().store().indicators().findById(id).orElseThrow();
    }

    /**
     * A colleague has just corrected the year and the kind of the report the analyst is looking at; the analyst,
     * still seeing the report as imported, corrects its year too. The correction is refused, the merge shows both
     * versions of region, year and kind, and picking "mine" for the year writes the analyst's year beside the
     * colleague's kind, which the pane then shows.
     */
    @Test
    void aRefusedYearCorrectionOpensTheMergeAndThePaneShowsTheMergedReport() throws Exception {
        DocumentSummary shown = pane.model().documentProperty().get();
        int detected = shown.effectiveYear();
        new ReviewService(robot.app().store(), "王芳").overrideYear(shown.id(), detected + 1);
        new ReviewService(robot.app().store(), "王芳").overrideKind(shown.id(), DocumentKind.SUMMARY);

        robot.clickOn(pane.documentMenuButton());
        robot.clickOn("Correct region, year or kind…");
        WorkbenchRobot.waitUntil(10, () -> robot.lookup("#correction-year").tryQuery().isPresent());
        Spinner<Integer> year = robot.lookup("#correction-year").queryAs(Spinner.class);
        robot.interact(() -> year.getValueFactory().setValue(detected - 1));
        robot.clickOn("#correction-ok");

        WorkbenchRobot.waitUntil(20, () -> robot.lookup("#merge-mine-year").tryQuery().isPresent());
        assertTrue(pane.model().review().errorProperty().get().contains("王芳"),
                "the pane says who corrected the report: " + pane.model().review().errorProperty().get());
        assertEquals(detected + 1, storedDocument(shown.id()).effectiveYear(), "the refused correction wrote nothing");
        RadioButton mine = robot.lookup("#merge-mine-year").queryAs(RadioButton.class);
        RadioButton theirs = robot.lookup("#merge-theirs-year").queryAs(RadioButton.class);
        assertEquals(String.valueOf(detected - 1), mine.getText());
        assertEquals(String.valueOf(detected + 1), theirs.getText());
        assertTrue(robot.lookup("#merge-mine-kind").tryQuery().isEmpty(), "both sides have the colleague's kind");

        robot.clickOn("#merge-mine-year");
        robot.clickOn("#merge-write");

        WorkbenchRobot.waitUntil(20, () -> storedDocument(shown.id()).effectiveYear() == detected - 1);
        assertEquals(DocumentKind.SUMMARY, storedDocument(shown.id()).effectiveKind(), "their kind, not lost");
        WorkbenchRobot.waitUntil(20, () -> Integer.valueOf(detected - 1).equals(pane.model().yearProperty().get())
                && pane.model().subtitleProperty().get().contains(String.valueOf(detected - 1)));
        assertEquals("", pane.model().review().errorProperty().get());
    }

    private DocumentSummary storedDocument(long id) {
        return robot.app().store().documents().findById(id).orElseThrow();
    }
}
