package io.zhibiao.core.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths a user gave into report files: folders recursively, in a stable order. A file named
 * explicitly is always tried (so an unsupported one gets its error); inside folders, files of other
 * types and hidden files are left out, as a user dropping a folder expects.
 */
public final class ImportFiles {
    public static final Set<String> SUPPORTED = Set.of("txt", "html", "htm", "docx", "pdf");

    private ImportFiles() {
    }

    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> SUPPORTED.contains(extension(f)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read folder " + p + ": " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    static String extension(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
