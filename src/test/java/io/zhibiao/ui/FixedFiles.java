package io.zhibiao.ui;

import io.zhibiao.ui.main.FileSource;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;

/** Answers the workbench's file dialogs with fixed paths, as an analyst would pick them. */
record FixedFiles(List<Path> open, Path save) implements FileSource {
    @Override
    public List<Path> chooseFiles(Window owner, String title) {
        return open;
    }

    @Override
    public Path chooseFolder(Window owner, String title) {
        return open.isEmpty() ? null : open.get(0);
    }

    @Override
    public Path chooseSaveFile(Window owner, String title, String suggestedName) {
        return save;
    }
}
