package io.zhibiao.ui.document;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * A spinner that appears only when a load takes long enough to be noticed. Most loads finish within
 * a frame or two, and a spinner that flashes for them is noise; it is also fourteen nodes that every
 * new pane would style and lay out for nothing, so it is made the first time a load is slow.
 */
final class SlowLoadSpinner {
    static final Duration DELAY = Duration.millis(150);

    private final Pane box;
    private final int index;
    private final ObservableBooleanValue loading;
    private final PauseTransition delay = new PauseTransition(DELAY);
    private ProgressIndicator spinner;

    private SlowLoadSpinner(Pane box, int index, ObservableBooleanValue loading) {
        this.box = box;
        this.index = index;
        this.loading = loading;
        delay.setOnFinished(e -> show());
    }

    /** Shows a spinner at {@code index} of {@code box} while {@code loading} has been true for a moment. */
    static void install(Pane box, int index, ObservableBooleanValue loading) {
        SlowLoadSpinner s = new SlowLoadSpinner(box, index, loading);
        loading.addListener((o, was, now) -> s.changed(now));
        s.changed(loading.get());
    }

    private void changed(boolean now) {
        if (now) {
            delay.playFromStart();
        } else {
            delay.stop();
            if (spinner != null) {
                spinner.setVisible(false);
            }
        }
    }

    private void show() {
        if (!loading.get()) {
            return;
        }
        if (spinner == null) {
            spinner = new ProgressIndicator();
            spinner.setPrefSize(16, 16);
            spinner.getStyleClass().add("pane-busy");
            box.getChildren().add(Math.min(index, box.getChildren().size()), spinner);
        }
        spinner.setVisible(true);
    }
}
