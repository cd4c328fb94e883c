package io.zhibiao.ui;

import io.zhibiao.core.importer.RegionTable;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.Store;
import io.zhibiao.ui.common.ExecutorBackgroundTasks;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.main.FirstRun;
import io.zhibiao.ui.main.MainWindow;
import io.zhibiao.ui.main.SelfTest;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The workbench application. The store opens in init(), off the JavaFX thread. */
public final class ZhibiaoApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ZhibiaoApp.class);

    private AppOptions options;
    private Store store;
    private Map<String, Region> regions;
    private String startupError;
    private AppContext context;

    @Override
    public void init() {
        try {
            options = AppOptions.parse(getParameters().getRaw());
            store = Store.open(options.db());
            RegionTable.ensureLoaded(store);
            regions = store.regions().findAll().stream()
                    .collect(Collectors.toMap(Region::code, Function.identity()));
        } catch (RuntimeException e) {
            LOG.error("Start-up failed", e);
            startupError = e.getMessage();
        }
    }

    @Override
    public void start(Stage stage) {
        Messages messages = new Messages(Locale.getDefault());
        if (startupError != null) {
            failStartup(messages);
            return;
        }
        context = new AppContext(store, messages, new ExecutorBackgroundTasks(), regions);
        MainWindow window = new MainWindow(context);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1400, screen.getWidth()), Math.min(880, screen.getHeight()));
        scene.getStylesheets().add(ZhibiaoApp.class.getResource("zhibiao.css").toExternalForm());
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
        FirstRun firstRun = new FirstRun(context, window, store.location().resolveSibling("samples"));
        if (options.selfTest()) {
            new SelfTest(window, stage, options.screenshot()).runAfter(firstRun);
        } else {
            firstRun.start(() -> { });
        }
    }

    private void failStartup(Messages messages) {
        if (options != null && options.selfTest()) {
            System.err.println("self-test failed: " + startupError);
            Platform.exit();
            System.exit(1);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, startupError);
        alert.setHeaderText(messages.get("error.storeInUse").equals(startupError) ? null : null);
        alert.setTitle(messages.get("error.title"));
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.tasks().shutdown();
        }
        if (store != null) {
            store.close();
        }
    }
}
