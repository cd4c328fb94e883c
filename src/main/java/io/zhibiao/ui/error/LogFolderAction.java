package io.zhibiao.ui.error;

import io.zhibiao.ui.common.BackgroundTasks;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.OpenOrShowPath;
import io.zhibiao.ui.common.SystemOpener;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Help ▸ Open log folder: the folder opens in the file manager, or, where there is none to ask or it
 * failed, a dialog shows its path with a button to copy it.
 */
public final class LogFolderAction {
    private final OpenOrShowPath action;

    public LogFolderAction(Messages m, BackgroundTasks tasks, Window owner, SystemOpener opener) {
        // A store that never logged yet (logging could not write) still gets a folder to show.
        SystemOpener creating = folder -> {
            Files.createDirectories(folder);
            return opener.open(folder);
        };
        this.action = new OpenOrShowPath(m, tasks, owner, creating, "logFolder", "log-folder");
    }

    public void open(Path folder) {
        action.open(folder);
    }
}
