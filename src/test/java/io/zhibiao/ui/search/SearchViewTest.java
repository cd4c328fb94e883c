package io.zhibiao.ui.search;

import io.zhibiao.core.search.SearchHit;
import io.zhibiao.testing.SampleReports;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An analyst types a phrase, sees which reports contain it and opens one at the phrase. */
class SearchViewTest {
    @TempDir
    Path tmp;
    private final FxRobot robot = new FxRobot();
    private final List<long[]> opened = new ArrayList<>();
    private UiFixture fixture;
    private SearchView view;

    @BeforeEach
    void start() throws Exception {
        fixture = new UiFixture(tmp);
        view = fixture.show(context -> new SearchView(context, (id, offset) -> opened.add(new long[]{id, offset})));
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void typingFindsTheReportAndEnterOpensItAtThePhrase() throws Exception {
        String phrase = "地区生产总值增长7.5%";
        robot.clickOn(view.field()).write(phrase);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.model().showsCurrentPhrase());

        assertEquals(1, view.list().getItems().size());
        assertEquals("1 report", view.countLabel().getText());
        SearchHit hit = view.list().getItems().get(0);
        assertTrue(hit.snippet().contains(phrase));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        long id = fixture.documentId(SampleReports.XIANNING_2023);
        int offset = SampleReports.text(SampleReports.XIANNING_2023).indexOf(phrase);
        assertEquals(1, opened.size());
        assertEquals(id, opened.get(0)[0]);
        assertEquals(offset, opened.get(0)[1]);
    }

    @Test
    void aPhraseInSeveralReportsListsThemByRegionAndNewestYear() throws Exception {
        robot.clickOn(view.field()).write("地区生产总值");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.model().showsCurrentPhrase());

        assertEquals(List.of("421083 2024", "421200 2024", "421200 2023"), view.list().getItems().stream()
                .map(h -> h.regionCode() + " " + h.year()).toList());
        assertEquals("3 reports", view.countLabel().getText());
        assertTrue(view.model().heading(view.list().getItems().get(0)).startsWith("洪湖市 · 2024 · "));

        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        SearchHit second = view.list().getItems().get(1);
        assertEquals(fixture.documentId(SampleReports.XIANNING_2024_SUMMARY), second.documentId());
        assertEquals(1, opened.size());
        assertEquals(second.documentId(), opened.get(0)[0]);
        assertEquals(second.offset(), opened.get(0)[1]);
    }

    @Test
    void anUnknownPhraseSaysSoAndClearingTheFieldEmptiesTheList() throws Exception {
        robot.clickOn(view.field()).write("PM2.5");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.model().showsCurrentPhrase());
        assertEquals(1, view.list().getItems().size());

        robot.interact(() -> view.field().setText("火星基地"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.model().showsCurrentPhrase());
        assertTrue(view.list().getItems().isEmpty());
        assertEquals("No report contains it", view.countLabel().getText());

        robot.interact(() -> view.field().setText(""));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.countLabel().getText().isEmpty());
        assertTrue(view.list().getItems().isEmpty());
    }
}
