package io.zhibiao.core.importer;

import io.zhibiao.core.corpus.ReportFileReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths a user gave into report files: folders recursively, in a stable order. A file named
 * explicitly is always tried (so an unsupported one gets its error); inside folders, hidden files are left
 * out and files of other types are set aside and named in the summary, so that a folder of files Zhibiao
 * cannot read never looks like an empty folder.
 */
public final class ImportFiles {
    /** The files to import, and the files inside the folders that are of a type Zhibiao does not read. */
    public record Expansion(List<Path> files, List<Path> unsupported) {
    }

    private ImportFiles() {
    }

    public static List<Path> expand(List<Path> paths) {
        return expandAll(paths).files();
    }

    public static Expansion expandAll(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<Path> unsupported = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(f -> (ReportFileReader.isSupported(f) ? files : unsupported).add(f));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read folder " + p + ": " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return new Expansion(files, unsupported);
    }
}
