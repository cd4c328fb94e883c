package io.zhibiao.core.importer;

import io.zhibiao.core.corpus.ReportFileReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Expands the paths a user gave into report files: folders recursively, in a stable order. A file named
 * explicitly is always tried (so an unsupported one gets its error); inside folders, hidden files are left
 * out and files of other types are set aside and named in the summary, so that a folder of files Zhibiao
 * cannot read never looks like an empty folder.
 *
 * <p>Symbolic links inside a folder are never followed: importing a folder reads what is in it, not what a
 * link in it points to ({@code passwd.txt -> /etc/passwd}). A link to something outside the folder, or to
 * nothing, is set aside and named; a link to a file or folder inside it is passed over, as its target is
 * read where it lies (once), and no link loop can make the walk go round. A folder named explicitly may
 * itself be a link: the user chose it.
 */
public final class ImportFiles {
    /**
     * The files to import, the files inside the folders that are of a type Zhibiao does not read, and the
     * links inside the folders that lead out of them.
     */
    public record Expansion(List<Path> files, List<Path> unsupported, List<SkippedLink> links) {
    }

    /**
     * A symbolic link inside an imported folder that was not followed.
     *
     * @param target where it leads, outside the folder; null when it leads nowhere (its target is missing,
     *               or it is part of a loop of links)
     */
    public record SkippedLink(Path link, Path target) {
        public boolean leadsNowhere() {
            return target == null;
        }
    }

    private ImportFiles() {
    }

    public static List<Path> expand(List<Path> paths) {
        return expandAll(paths).files();
    }

    public static Expansion expandAll(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<Path> unsupported = new ArrayList<>();
        List<SkippedLink> links = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                Walk walk = new Walk(p);
                files.addAll(walk.files);
                unsupported.addAll(walk.unsupported);
                links.addAll(walk.links);
            } else {
                files.add(p);
            }
        }
        return new Expansion(files, unsupported, links);
    }

    /** One folder, walked without following links. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path folder;
        private final Path realFolder;
        final List<Path> files = new ArrayList<>();
        final List<Path> unsupported = new ArrayList<>();
        final List<SkippedLink> links = new ArrayList<>();

        Walk(Path folder) {
            this.folder = folder;
            try {
                realFolder = folder.toRealPath();
                // Files.walkFileTree does not enter a starting folder that is a link; the user named it, so
                // its target is walked, and the files keep the names the user gave.
                Files.walkFileTree(realFolder, this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read folder " + folder + ": " + e.getMessage(), e);
            }
            Comparator<Path> order = Comparator.naturalOrder();
            files.sort(order);
            unsupported.sort(order);
            links.sort(Comparator.comparing(SkippedLink::link));
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            Path shown = folder.resolve(realFolder.relativize(file));
            if (shown.getFileName().toString().startsWith(".")) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                Path target = target(file);
                if (target == null || !target.startsWith(realFolder)) {
                    links.add(new SkippedLink(shown, target));
                }
            } else if (attrs.isRegularFile()) {
                (ReportFileReader.isSupported(file) ? files : unsupported).add(shown);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            throw e;
        }

        /** Where a link finally leads, or null if nowhere. */
        private static Path target(Path link) {
            try {
                return link.toRealPath();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
