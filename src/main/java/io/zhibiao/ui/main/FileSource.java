package io.zhibiao.ui.main;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the import menu gets its files from: the system's file dialogs, or, in robot tests, a fixed
 * answer (the native dialogs cannot be driven headless).
 */
public interface FileSource {
    /**
     * @param startIn the folder the dialog opens in; never null: on Linux (GTK) a file chooser given no
     *                folder opens on "Recent", where a typed path and Enter search instead of going there
     */
    List<Path> chooseFiles(Window owner, String title, Path startIn);

    Path chooseFolder(Window owner, String title, Path startIn);

    /** Where to write an export; null when the analyst cancels. */
    Path chooseSaveFile(Window owner, String title, String suggestedName);

    /** A work file (JSON) of analyst work to import; null when the analyst cancels. */
    default Path chooseWorkFile(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File file = chooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    FileSource SYSTEM = new FileSource() {
        @Override
        public List<Path> chooseFiles(Window owner, String title, Path startIn) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialDirectory(startIn.toFile());
            // Every type import reads: a file typed by name that the filter hides is not chosen by Enter.
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("txt, md, html, docx, pdf",
                    "*.txt", "*.md", "*.html", "*.htm", "*.docx", "*.pdf"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*", "*"));
            List<File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }

        @Override
        public Path chooseSaveFile(Window owner, String title, String suggestedName) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            File file = chooser.showSaveDialog(owner);
            return file == null ? null : file.toPath();
        }

        @Override
        public Path chooseFolder(Window owner, String title, Path startIn) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            chooser.setInitialDirectory(startIn.toFile());
            File folder = chooser.showDialog(owner);
            return folder == null ? null : folder.toPath();
        }
    };
}
