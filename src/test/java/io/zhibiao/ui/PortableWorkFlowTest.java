package io.zhibiao.ui;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.SampleCorpus;
import io.zhibiao.core.portable.WorkExporter;
import io.zhibiao.core.portable.WorkProgress;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import io.zhibiao.ui.main.FileSource;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A colleague's work file imported from the File menu shows in the open pane at once; export writes one. */
class PortableWorkFlowTest {
    @TempDir
    Path tmp;

    /** A colleague's store: the sample reports, the first indicator of the Honghu report rejected. */
    private Path colleaguesWork() {
        Path file = tmp.resolve("colleague.json");
        try (Store store = Store.open(tmp.resolve("colleague/zhibiao"))) {
            ImportService.withBundledData(store).importPaths(SampleCorpus.copyTo(tmp.resolve("reports")),
                    ImportListener.NONE, () -> false);
            DocumentSummary honghu = store.documents().listSummaries().stream()
                    .filter(d -> d.fileName().equals(SampleReports.HONGHU_2024)).findFirst().orElseThrow();
            new ReviewService(store, "li.na").reject(store.indicators().findByDocument(honghu.id()).get(0).id());
            new WorkExporter(store).export(file, "li.na", WorkProgress.NONE, () -> false);
        }
        return file;
    }

    @Test
    void importedWorkShowsInTheOpenPaneAndExportWritesTheFile() throws Exception {
        Path work = colleaguesWork();
        Path exported = tmp.resolve("mine.json");
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
            robot.window().setFileSource(new FileSource() {
                @Override
                public List<Path> chooseFiles(Window owner, String title, Path startIn) {
                    return List.of();
                }

                @Override
                public Path chooseFolder(Window owner, String title, Path startIn) {
                    return null;
                }

                @Override
                public Path chooseSaveFile(Window owner, String title, String suggestedName) {
                    return exported;
                }

                @Override
                public Path chooseWorkFile(Window owner, String title) {
                    return work;
                }
            });
            robot.clickOn("File").clickOn("Import analyst work…");
            robot.clickOn("OK");
            WorkbenchRobot.waitUntil(60, () -> robot.lookup("#work-summary").tryQuery().isPresent());
            String summary = robot.lookup("#work-summary").queryAs(DialogPane.class).getContentText();
            assertTrue(summary.contains("Documents matched: 1") && summary.contains("Indicators applied: 1"), summary);
            assertTrue(summary.contains("History events added: 1"), summary);
            robot.clickOn("OK");
            WorkbenchRobot.waitUntil(20, () -> pane.model().indicators().stream()
                    .anyMatch(i -> i.status() == ReviewStatus.REJECTED && "li.na".equals(i.updatedBy())));

            robot.clickOn("File").clickOn("Export analyst work…");
            WorkbenchRobot.waitUntil(60, () -> robot.lookup("#work-summary").tryQuery().isPresent());
            String saved = robot.lookup("#work-summary").queryAs(DialogPane.class).getContentText();
            assertTrue(saved.contains("1 documents, 1 indicators with work"), saved);
            robot.clickOn("OK");
            assertTrue(Files.readString(exported).contains("\"analyst\" : \"li.na\""));
        } finally {
            robot.stop();
        }
    }
}
