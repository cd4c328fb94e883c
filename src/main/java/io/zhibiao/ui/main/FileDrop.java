package io.zhibiao.ui.main;

import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.files.Printable;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Files and folders dropped anywhere on the window are imported. A drop holding nothing Zhibiao can
 * read (a spreadsheet, an image) is answered with what it does read, instead of an import that only
 * fails; in a mixed drop the import summary names each file it skipped and why.
 */
final class FileDrop {
    private final ReportFileReader formats = new ReportFileReader();

    private FileDrop() {
    }

    /**
     * @param busy        true while an import runs (a drop is refused then)
     * @param importPaths starts the import of what was dropped
     * @param unsupported shows the message for a drop with nothing to import; gets the file names
     */
    static void install(Node target, BooleanSupplier busy, Consumer<List<Path>> importPaths,
                        Consumer<String> unsupported) {
        FileDrop drop = new FileDrop();
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && !busy.getAsBoolean()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean ok = e.getDragboard().hasFiles() && !busy.getAsBoolean();
            if (ok) {
                List<Path> paths = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                if (paths.stream().anyMatch(drop::importable)) {
                    importPaths.accept(paths);
                } else {
                    unsupported.accept(String.join(", ", paths.stream().map(p -> Printable.path(p.getFileName())).toList()));
                }
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private boolean importable(Path p) {
        return Files.isDirectory(p) || formats.supports(p);
    }
}
