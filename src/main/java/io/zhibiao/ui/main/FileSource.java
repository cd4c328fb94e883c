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
    List<Path> chooseFiles(Window owner, String title);

    Path chooseFolder(Window owner, String title);

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
        public List<Path> chooseFiles(Window owner, String title) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("txt, html, docx, pdf",
                    "*.txt", "*.html", "*.htm", "*.docx", "*.pdf"));
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
        public Path chooseFolder(Window owner, String title) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            File folder = chooser.showDialog(owner);
            return folder == null ? null : folder.toPath();
        }
    };
}
