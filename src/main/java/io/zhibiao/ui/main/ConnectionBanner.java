package io.zhibiao.ui.main;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.TeamConnectionListener;
import io.zhibiao.ui.common.Messages;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * In the status bar: says that the live connection to a team store is lost (and stays until it is back,
 * while actions are refused with a message), then that it is back, for a few seconds. Never shown on a
 * store file.
 */
final class ConnectionBanner extends Label implements TeamConnectionListener {
    private static final Duration RESTORED_SHOWN = Duration.seconds(6);
    private final Store store;
    private final Messages m;
    private final PauseTransition hide = new PauseTransition(RESTORED_SHOWN);

    ConnectionBanner(Store store, Messages m) {
        this.store = store;
        this.m = m;
        setId("team-connection");
        setVisible(false);
        setManaged(false);
        hide.setOnFinished(e -> show(false));
        store.addConnectionListener(this);
    }

    @Override
    public void connectionLost(String why) {
        Platform.runLater(() -> {
            hide.stop();
            setText(m.get("team.connection.lost"));
            setTooltip(new Tooltip(why));
            getStyleClass().setAll("label", "form-error");
            show(true);
        });
    }

    @Override
    public void connectionRestored() {
        Platform.runLater(() -> {
            setText(m.get("team.connection.restored"));
            setTooltip(null);
            getStyleClass().setAll("label");
            show(true);
            hide.playFromStart();
        });
    }

    /** Whether it says the connection is lost now. */
    boolean saysLost() {
        return isVisible() && getStyleClass().contains("form-error");
    }

    private void show(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }

    void dispose() {
        hide.stop();
        store.removeConnectionListener(this);
    }
}
