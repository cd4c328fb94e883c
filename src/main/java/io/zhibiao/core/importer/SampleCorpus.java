package io.zhibiao.core.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample reports shipped inside the application (data/reports), copied next to the store on first
 * start so that they import from real files the analyst can open, and so that a new user sees real
 * reports rather than an empty window.
 */
public final class SampleCorpus {
    private static final String RESOURCE_DIR = "data/reports";

    private SampleCorpus() {
    }

    /** Where the workbench copies the samples for the store at {@code storeLocation}: {@code samples/} beside it. */
    public static Path folderBeside(Path storeLocation) {
        return storeLocation.toAbsolutePath().normalize().resolveSibling("samples");
    }

    /** Whether a document imported from {@code sourcePath} is one of the samples copied beside that store. */
    public static boolean isSample(String sourcePath, Path storeLocation) {
        try {
            return Path.of(sourcePath).toAbsolutePath().normalize().startsWith(folderBeside(storeLocation));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Copies the bundled sample reports into {@code target} (created if needed) and returns the files. */
    public static List<Path> copyTo(Path target) {
        URL url = SampleCorpus.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            throw new IllegalStateException("the sample reports are missing from the application (" + RESOURCE_DIR + ")");
        }
        try {
            Files.createDirectories(target);
            if ("jar".equals(url.getProtocol())) {
                FileSystem fs = jarFileSystem(url);
                return copyAll(fs.getPath("/" + RESOURCE_DIR), target);
            }
            return copyAll(Path.of(url.toURI()), target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the sample reports to " + target + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URL url) throws IOException, URISyntaxException {
        try {
            return FileSystems.newFileSystem(url.toURI(), Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(url.toURI());
        }
    }

    private static List<Path> copyAll(Path source, Path target) throws IOException {
        List<Path> copied = new ArrayList<>();
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                Path dest = target.resolve(f.getFileName().toString());
                try (InputStream in = Files.newInputStream(f)) {
                    Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                }
                copied.add(dest);
            }
        }
        return copied;
    }
}
