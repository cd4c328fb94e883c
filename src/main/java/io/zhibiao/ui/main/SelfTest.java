package io.zhibiao.ui.main;

import io.zhibiao.core.corpusview.CorpusNode;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --self-test}: drives the real window through a first-run flow (samples loaded, two panes
 * side by side), optionally saves a PNG, and exits 0; any failure exits 1 with the reason.
 */
public final class SelfTest {
    private static final Duration LIMIT = Duration.seconds(120);
    private final MainWindow window;
    private final Stage stage;
    private final Path screenshot;

    public SelfTest(MainWindow window, Stage stage, Path screenshot) {
        this.window = window;
        this.stage = stage;
        this.screenshot = screenshot;
    }

    public void runAfter(FirstRun firstRun) {
        PauseTransition watchdog = new PauseTransition(LIMIT);
        watchdog.setOnFinished(e -> fail("timed out after " + LIMIT.toSeconds() + " s"));
        watchdog.play();
        firstRun.start(() -> {
            List<Long> docs = new ArrayList<>();
            collect(window.corpus().treeProperty().get(), docs);
            if (docs.size() < 2) {
                fail("expected at least two documents in the store, found " + docs.size());
                return;
            }
            DocumentPaneView a = window.panes().open(docs.get(0));
            DocumentPaneView b = window.panes().open(docs.get(1));
            waitLoaded(List.of(a, b), () -> {
                watchdog.stop();
                finish(a, b);
            });
        });
    }

    private void waitLoaded(List<DocumentPaneView> panes, Runnable then) {
        if (panes.stream().noneMatch(p -> p.model().loadingProperty().get())) {
            // One more pulse so the text areas lay out before a snapshot.
            PauseTransition settle = new PauseTransition(Duration.millis(300));
            settle.setOnFinished(e -> then.run());
            settle.play();
            return;
        }
        PauseTransition poll = new PauseTransition(Duration.millis(50));
        poll.setOnFinished(e -> waitLoaded(panes, then));
        poll.play();
    }

    private void finish(DocumentPaneView a, DocumentPaneView b) {
        if (a.model().indicators().isEmpty() && b.model().indicators().isEmpty()) {
            fail("the opened panes show no indicators");
            return;
        }
        if (screenshot != null) {
            try {
                WritableImage image = stage.getScene().snapshot(null);
                Path parent = screenshot.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", screenshot.toFile());
            } catch (IOException e) {
                fail("could not write the screenshot " + screenshot + ": " + e.getMessage());
                return;
            }
        }
        System.out.println("self-test passed: " + window.corpus().documents().size() + " documents, panes show "
                + a.model().indicators().size() + " and " + b.model().indicators().size() + " indicators");
        Platform.exit();
    }

    private static void collect(CorpusNode node, List<Long> docs) {
        if (node == null) {
            return;
        }
        if (node.isDocument()) {
            docs.add(node.documentId());
        }
        node.children().forEach(c -> collect(c, docs));
    }

    private static void fail(String reason) {
        System.err.println("self-test failed: " + reason);
        System.exit(1);
    }
}
