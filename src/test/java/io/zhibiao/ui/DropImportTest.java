package io.zhibiao.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import io.zhibiao.core.corpusview.CorpusNode;
import io.zhibiao.testing.SampleReports;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files and a folder dragged from the file manager onto the window are imported. TestFX cannot drag
 * from outside the application, so the test hands the window the drag events the system would send,
 * with a dragboard holding the files, at the corpus tree (they bubble up to the window's handlers).
 */
class DropImportTest {
    @TempDir
    Path tmp;

    @Test
    void droppingFilesAndAFolderImportsThemIntoTheTree() throws Exception {
        List<Path> folderFiles = SampleReports.variants(tmp.resolve("dropped-folder"), 2);
        List<Path> single = SampleReports.variants(tmp.resolve("single"), 3).subList(2, 3);
        WorkbenchRobot robot = new WorkbenchRobot(tmp.resolve("app"));
        robot.start();
        try {
            Node tree = robot.window().corpusView().tree();
            List<File> files = List.of(single.get(0).toFile(), tmp.resolve("dropped-folder").toFile());
            DragEvent over = fire(robot, tree, DragEvent.DRAG_OVER, files);
            assertEquals(TransferMode.COPY, over.getAcceptedTransferMode(), "the window accepts the files");

            DragEvent drop = fire(robot, tree, DragEvent.DRAG_DROPPED, files);
            assertTrue(drop.isDropCompleted());
            WorkbenchRobot.waitUntil(60, () -> robot.window().corpus().documents().size() == 6);
            List<String> inTree = new ArrayList<>();
            robot.interact(() -> documentFiles(robot.window().corpusView().tree().getRoot().getValue(), robot, inTree));
            for (Path p : List.of(folderFiles.get(0), folderFiles.get(1), single.get(0))) {
                assertTrue(inTree.contains(p.getFileName().toString()), p.getFileName() + " in " + inTree);
            }
            assertTrue(dialogText(robot).contains("Imported 3"), dialogText(robot));
        } finally {
            robot.stop();
        }
    }

    @Test
    void droppingOnlyFilesItCannotReadSaysWhatItReads() throws Exception {
        Path sheet = Files.writeString(tmp.resolve("budget.xlsx"), "not a report");
        WorkbenchRobot robot = new WorkbenchRobot(tmp.resolve("app"));
        robot.start();
        try {
            fire(robot, robot.window().corpusView().tree(), DragEvent.DRAG_DROPPED, List.of(sheet.toFile()));
            WorkbenchRobot.waitUntil(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            String message = dialogText(robot);
            assertTrue(message.contains("budget.xlsx") && message.contains(".docx") && message.contains(".pdf"), message);
            assertEquals(3, robot.window().corpus().documents().size(), "nothing was imported");
        } finally {
            robot.stop();
        }
    }

    private static String dialogText(WorkbenchRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
    }

    /** The file names of the documents under a node, as the tree lists them. */
    private static void documentFiles(CorpusNode node, WorkbenchRobot robot, List<String> out) {
        if (node.isDocument()) {
            robot.window().corpus().documents().stream().filter(d -> d.id() == node.documentId())
                    .forEach(d -> out.add(d.fileName()));
        }
        node.children().forEach(c -> documentFiles(c, robot, out));
    }

    /** Sends a drag event carrying the files to {@code target}, on the JavaFX thread as the system does. */
    private static DragEvent fire(WorkbenchRobot robot, Node target, javafx.event.EventType<DragEvent> type,
                                  List<File> files) {
        DragEvent[] sent = new DragEvent[1];
        robot.interact(() -> {
            sent[0] = new DragEvent(type, dragboard(files), 100, 100, 100, 100, TransferMode.COPY, null, null, null);
            Event.fireEvent(target, sent[0]);
        });
        return sent[0];
    }

    /** A dragboard holding files, as one from the system's file manager does. */
    private static Dragboard dragboard(List<File> files) {
        Map<DataFormat, Object> content = Map.of(DataFormat.FILES, files);
        TKClipboard peer = (TKClipboard) Proxy.newProxyInstance(TKClipboard.class.getClassLoader(),
                new Class<?>[]{TKClipboard.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentTypes" -> content.keySet();
                    case "getContent" -> content.get(args[0]);
                    case "hasContent" -> content.containsKey(args[0]);
                    case "getTransferModes" -> Set.of(TransferMode.COPY);
                    case "putContent" -> false;
                    case "getDragViewOffsetX", "getDragViewOffsetY" -> 0.0;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "files " + files;
                    default -> null;
                });
        return DragboardHelper.createDragboard(peer);
    }
}
