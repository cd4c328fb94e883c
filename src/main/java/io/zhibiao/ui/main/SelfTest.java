package io.zhibiao.ui.main;

import io.zhibiao.core.corpusview.CorpusNode;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.ui.StartupTrace;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --self-test}: drives the real window through a first-run flow (samples loaded, two panes
 * side by side), optionally saves a PNG, and exits 0; any failure exits 1 with the reason.
 */
public final class SelfTest {
    private static final Duration LIMIT = Duration.seconds(Long.getLong("zhibiao.selfTestSeconds", 120));
    /**
     * Opens of the largest report after the measured one, for benchmarks: the time a pane takes once the
     * JIT has compiled the code it runs, which is what an analyst waits for after the first few panes.
     */
    private static final int WARM_PANE_OPENS = Integer.getInteger("zhibiao.selfTest.warmPaneOpens", 0);
    /**
     * For benchmarks on their own throwaway stores: also time a review keystroke (verify, or back to
     * unreviewed) until the table shows it. It writes to the store, so a plain self-test does not.
     */
    private static final boolean REVIEW_TIMING = Boolean.getBoolean("zhibiao.selfTest.reviewTiming");
    private final MainWindow window;
    private final Stage stage;
    private final Path screenshot;
    private static final String SEARCH_PHRASE = "地区生产总值";
    private long usableMillis;
    private volatile String step = "starting";
    private long paneStart;
    private double paneMillis;
    private double firstPanesMillis;
    private double nextPaneMillis;
    private final List<Double> warmPaneMillis = new ArrayList<>();
    private double reviewMillis = -1;
    private double selectMillis = -1;
    private long largestKb;

    public SelfTest(MainWindow window, Stage stage, Path screenshot) {
        this.window = window;
        this.stage = stage;
        this.screenshot = screenshot;
    }

    public void runAfter(FirstRun firstRun) {
        PauseTransition watchdog = new PauseTransition(LIMIT);
        watchdog.setOnFinished(e -> fail("timed out after " + LIMIT.toSeconds() + " s while " + step
                + " (first run: " + firstRun.step() + ")"));
        watchdog.play();
        step = "loading the corpus (documents so far: " + window.corpus().documents().size() + ")";
        firstRun.start(() -> afterFirstFrame(() -> {
            step = "opening two panes";
            List<Long> docs = new ArrayList<>();
            collect(window.corpus().treeProperty().get(), docs);
            if (docs.size() < 2) {
                fail("expected at least two documents in the store, found " + docs.size());
                return;
            }
            long largest = largest(docs);
            paneStart = System.nanoTime();
            DocumentPaneView a = window.panes().open(docs.get(0));
            DocumentPaneView b = window.panes().open(docs.get(1));
            waitLoaded(List.of(a, b), () -> {
                firstPanesMillis = paneMillis;
                // A third pane, now that the UI classes are loaded: what an analyst waits for each time.
                paneStart = System.nanoTime();
                DocumentPaneView c = window.panes().open(largest);
                waitLoaded(List.of(c), () -> {
                    nextPaneMillis = paneMillis;
                    window.panes().items().remove(c);
                    openAgain(largest, WARM_PANE_OPENS, () -> timeReview(a, () -> {
                        watchdog.stop();
                        window.analysis().showCompare();
                        window.analysis().rebuildCompare();
                        finish(a, b);
                    }));
                });
            });
        }));
    }

    private void openAgain(long document, int times, Runnable then) {
        if (times == 0) {
            then.run();
            return;
        }
        step = "opening the largest report again";
        paneStart = System.nanoTime();
        DocumentPaneView pane = window.panes().open(document);
        waitLoaded(List.of(pane), () -> {
            warmPaneMillis.add(paneMillis);
            window.panes().items().remove(pane);
            openAgain(document, times - 1, then);
        });
    }

    /**
     * The round trip of a review keystroke on the pane's first row: written to the store, read back, and
     * the row redrawn with its new status. Toggles between verified and unreviewed, so that a store reused
     * by the next benchmark run is timed on the same work.
     */
    private void timeReview(DocumentPaneView pane, Runnable then) {
        if (!REVIEW_TIMING || pane.table().getItems().isEmpty()) {
            then.run();
            return;
        }
        step = "timing a review action";
        // The row is selected and shown first (the text scrolls to it and its highlight changes), timed on
        // its own; the verdict comes a moment later, as when an analyst moves to a row, reads it, then judges.
        long start = System.nanoTime();
        pane.table().getSelectionModel().clearAndSelect(0);
        // A selection is shown once the text has scrolled to it: the next layout pass.
        afterLayoutWhen(() -> true, () -> {
            selectMillis = (System.nanoTime() - start) / 1e6;
            PauseTransition settle = new PauseTransition(Duration.millis(300));
            settle.setOnFinished(e -> giveVerdict(pane, then));
            settle.play();
        });
    }

    private void giveVerdict(DocumentPaneView pane, Runnable then) {
        long id = pane.table().getItems().get(0).id();
        ReviewStatus wanted = pane.table().getItems().get(0).status() == ReviewStatus.VERIFIED
                ? ReviewStatus.UNREVIEWED : ReviewStatus.VERIFIED;
        long start = System.nanoTime();
        if (wanted == ReviewStatus.VERIFIED) {
            pane.model().review().verify();
        } else {
            pane.model().review().markUnreviewed();
        }
        afterLayoutWhen(() -> !pane.model().loadingProperty().get() && pane.table().getItems().stream()
                .anyMatch(i -> i.id() == id && i.status() == wanted), () -> {
            reviewMillis = (System.nanoTime() - start) / 1e6;
            Platform.runLater(then);
        });
    }

    /**
     * Runs {@code then} once the window with its filled tree has been styled and laid out: "usable" is
     * when the analyst sees the corpus, not when the code that fills it returns.
     */
    private void afterFirstFrame(Runnable then) {
        afterLayoutWhen(() -> true, () -> {
            usableMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            StartupTrace.mark("usable");
            Platform.runLater(then);
        });
    }

    /**
     * Runs {@code then} at the end of the first layout pass after which {@code done} holds, checked after
     * every pass from the next one on: what the analyst sees is laid out, not merely set in the model.
     */
    private void afterLayoutWhen(java.util.function.BooleanSupplier done, Runnable then) {
        javafx.scene.Scene scene = stage.getScene();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (done.getAsBoolean()) {
                scene.removePostLayoutPulseListener(check[0]);
                then.run();
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
    }

    private void waitLoaded(List<DocumentPaneView> panes, Runnable then) {
        step = "waiting for panes to load (loading: " + panes.stream()
                .map(p -> p.model().documentIdProperty().get() + "=" + p.model().loadingProperty().get()).toList() + ")";
        if (panes.stream().noneMatch(p -> p.model().loadingProperty().get())) {
            whenShown(panes, () -> {
                paneMillis = (System.nanoTime() - paneStart) / 1e6;
                // Settle before the next step, so that it does not compete with what this one left running.
                PauseTransition settle = new PauseTransition(Duration.millis(300));
                settle.setOnFinished(e -> then.run());
                settle.play();
            });
            return;
        }
        panes.stream().filter(p -> p.model().loadingProperty().get()).findFirst().ifPresent(p ->
                p.model().loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                        if (!now) {
                            o.removeListener(this);
                            waitLoaded(panes, then);
                        }
                    }
                }));
    }

    /**
     * Runs {@code then} after the first layout pass in which every pane shows its report text and its
     * table rows: the time an analyst waits is until they are on screen, not until the data is read.
     */
    private void whenShown(List<DocumentPaneView> panes, Runnable then) {
        afterLayoutWhen(() -> panes.stream().allMatch(SelfTest::shown), then);
    }

    private static boolean shown(DocumentPaneView pane) {
        boolean text = pane.textArea().getLength() == 0 || !pane.textArea().getVisibleParagraphs().isEmpty();
        boolean rows = pane.table().getItems().isEmpty() || pane.table().lookupAll(".table-row-cell").stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TableRow<?> r && !r.isEmpty() && r.isVisible());
        return text && rows;
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
        step = "searching the reports";
        checkSearch(searchMillis -> {
            System.out.printf("self-test passed: %d documents, panes show %d and %d indicators, compare view %d rows;"
                            + " usable window %d ms after JVM start, first two panes %.0f ms, next pane (%d KB report)"
                            + " %.0f ms%s%s; indexed search %.0f ms%n",
                    window.corpus().documents().size(), a.model().indicators().size(), b.model().indicators().size(),
                    window.analysis().compare().rows().size(), usableMillis, firstPanesMillis, largestKb, nextPaneMillis,
                    warmPanes(), reviewMillis < 0 ? "" : String.format(", row selected %.0f ms, review action %.0f ms",
                            selectMillis, reviewMillis),
                    searchMillis);
            Platform.exit();
        });
    }

    /**
     * Search goes through the Lucene index, which a packaged runtime could lack a module for: the smoke test
     * waits for the index to catch up and searches a phrase every sample report holds.
     */
    private void checkSearch(java.util.function.DoubleConsumer then) {
        io.zhibiao.core.store.Store store = window.context().store();
        Thread search = new Thread(() -> {
            io.zhibiao.core.search.SearchIndex index = io.zhibiao.core.search.SearchIndex.of(store);
            boolean waited = index.awaitCaughtUp(java.time.Duration.ofMinutes(2));
            long start = System.nanoTime();
            int hits = new io.zhibiao.core.search.CorpusSearch(store).search(SEARCH_PHRASE, 10).size();
            double millis = (System.nanoTime() - start) / 1e6;
            Platform.runLater(() -> {
                if (!waited || !index.isCaughtUp()) {
                    fail("the search index did not open (see the log above)");
                } else if (hits == 0) {
                    fail("searching the reports for " + SEARCH_PHRASE + " found nothing");
                } else {
                    then.accept(millis);
                }
            });
        }, "self-test-search");
        search.setDaemon(true);
        search.start();
    }

    private String warmPanes() {
        if (warmPaneMillis.isEmpty()) {
            return "";
        }
        List<Double> sorted = warmPaneMillis.stream().sorted().toList();
        return String.format(", again %.0f ms (median of %d opens)", sorted.get((sorted.size() - 1) / 2), sorted.size());
    }

    private long largest(List<Long> docs) {
        java.util.Set<Long> shown = new java.util.HashSet<>(docs);
        var biggest = window.corpus().documents().stream()
                .filter(d -> shown.contains(d.id()))
                .max(java.util.Comparator.comparingLong(io.zhibiao.core.store.DocumentSummary::fileSize)).orElseThrow();
        largestKb = biggest.fileSize() / 1024;
        return biggest.id();
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
