package io.zhibiao.ui;

import io.zhibiao.ui.main.FileSource;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;

/**
 * Answers the workbench's file dialogs with fixed paths, as an analyst would pick them, and records the
 * folders the dialogs were asked to open in.
 */
record FixedFiles(List<Path> open, Path save, List<Path> startedIn) implements FileSource {
    FixedFiles(List<Path> open, Path save) {
        this(open, save, new java.util.ArrayList<>());
    }

    @Override
    public List<Path> chooseFiles(Window owner, String title, Path startIn) {
        startedIn.add(startIn);
        return open;
    }

    @Override
    public Path chooseFolder(Window owner, String title, Path startIn) {
        startedIn.add(startIn);
        return open.isEmpty() ? null : open.get(0);
    }

    @Override
    public Path chooseSaveFile(Window owner, String title, String suggestedName) {
        return save;
    }
}
