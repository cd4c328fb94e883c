package io.zhibiao;

import io.zhibiao.core.files.AtomicWrite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * JavaFX's native libraries in the multi-platform jar ({@code mvn -Pdist-jar package}).
 *
 * <p>JavaFX looks for its libraries at the root of the class path under their bare file names
 * ({@code glass.dll}, {@code libglass.so}, {@code libglass.dylib}). macOS on Intel and on Apple silicon use
 * the same names, so one jar cannot serve both from there. The multi-platform jar therefore keeps each
 * platform's libraries in {@code natives/<platform>/}, listed in {@code natives/<platform>/natives.list}.
 * Before the toolkit starts, {@link #prepare()} copies the running platform's libraries into a cache folder
 * and puts that folder first on {@code java.library.path}, which JavaFX searches when the class path has
 * no library of that name.
 *
 * <p>The single-platform jar, the packaged app and {@code mvn javafx:run} carry no {@code natives/} folder,
 * and then nothing happens.
 */
public final class NativeLibraries {
    /** Folder of the per-platform libraries inside the jar. */
    static final String ROOT = "natives/";
    /** The JavaFX version the libraries belong to: names the cache folder, so versions never overwrite. */
    static final String VERSION = ROOT + "version";
    /** File names of one platform's libraries, one a line. */
    static final String LIST = "natives.list";
    /** System property naming the cache folder instead of the per-user default (tests, locked-down machines). */
    public static final String CACHE_PROPERTY = "zhibiao.nativesCache";

    private NativeLibraries() {
    }

    /**
     * Unpacks the running platform's libraries if this jar carries them, and puts them on
     * {@code java.library.path}. Never throws: a problem is reported on standard error, and JavaFX then
     * reports what it could not load.
     */
    public static Optional<Path> prepare() {
        ClassLoader loader = NativeLibraries.class.getClassLoader();
        if (loader.getResource(VERSION) == null) {
            return Optional.empty();
        }
        String platform = platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        try {
            String configured = System.getProperty(CACHE_PROPERTY);
            Path cache = configured != null && !configured.isBlank() ? Path.of(configured)
                    : defaultCache(System.getProperty("os.name"), System.getenv(),
                            Path.of(System.getProperty("user.home")));
            Optional<Path> folder;
            try {
                folder = unpack(loader, platform, cache);
            } catch (IOException e) {
                // A cache that cannot be written, or a library in use by an older run that differs from
                // this jar's (Windows does not replace a loaded DLL): a private folder of this run instead.
                Path fallback = Files.createTempDirectory("zhibiao-natives");
                System.err.println("Zhibiao: could not unpack JavaFX's native libraries into " + cache
                        + " (" + e + "); using " + fallback);
                folder = unpack(loader, platform, fallback);
                deleteOnExit(fallback);
            }
            if (folder.isEmpty()) {
                System.err.println("Zhibiao: this jar carries JavaFX's native libraries for "
                        + String.join(", ", platformsIn(loader)) + ", not for " + System.getProperty("os.name")
                        + " on " + System.getProperty("os.arch") + ".");
                return Optional.empty();
            }
            addToLibraryPath(folder.get());
            return folder;
        } catch (IOException | UncheckedIOException | SecurityException e) {
            System.err.println("Zhibiao: could not unpack JavaFX's native libraries: " + e);
            return Optional.empty();
        }
    }

    /**
     * The folder name of a platform's libraries in the jar, as JavaFX names its artifacts' classifiers
     * ({@code win}, {@code mac}, {@code mac-aarch64}, {@code linux}) but always with the processor:
     * {@code win-x64}, {@code mac-x64}, {@code mac-aarch64}, {@code linux-x64}, {@code linux-aarch64}.
     */
    static String platform(String osName, String osArch) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        String arch = osArch == null ? "" : osArch.toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "win"
                : os.startsWith("mac") || os.startsWith("darwin") ? "mac"
                : os.startsWith("linux") ? "linux"
                : os.replaceAll("[^a-z0-9]", "");
        String processor = switch (arch) {
            case "amd64", "x86_64", "x64" -> "x64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch.replaceAll("[^a-z0-9]", "");
        };
        return system + "-" + processor;
    }

    /** Per-user cache folder: where each system keeps files a program can recreate. */
    static Path defaultCache(String osName, Map<String, String> env, Path userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? userHome.resolve("AppData").resolve("Local")
                    : Path.of(local);
            return base.resolve("Zhibiao").resolve("natives");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Caches").resolve("Zhibiao").resolve("natives");
        }
        // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? userHome.resolve(".cache")
                : Path.of(xdg);
        return base.resolve("zhibiao").resolve("natives");
    }

    /**
     * Copies the libraries of {@code platform} into {@code cache/<javafx version>/<platform>}; a file that is
     * already there with the same content is left alone, so a second start writes nothing. Empty when the
     * jar has no libraries for that platform.
     */
    static Optional<Path> unpack(ClassLoader loader, String platform, Path cache) throws IOException {
        List<String> names = readList(loader, ROOT + platform + "/" + LIST);
        if (names == null) {
            return Optional.empty();
        }
        Path folder = cache.resolve(safeName(readVersion(loader))).resolve(platform);
        Files.createDirectories(folder);
        for (String name : names) {
            byte[] content = read(loader, ROOT + platform + "/" + name);
            Path target = folder.resolve(name);
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                continue;
            }
            // Written beside the target and moved over it, so that another start never loads half a file.
            AtomicWrite.writeBytes(target, content);
        }
        return Optional.of(folder);
    }

    /** The platforms whose libraries this jar carries, for the message when the running one is missing. */
    static List<String> platformsIn(ClassLoader loader) {
        List<String> found = new ArrayList<>();
        for (String candidate : List.of("win-x64", "mac-x64", "mac-aarch64", "linux-x64", "linux-aarch64")) {
            if (loader.getResource(ROOT + candidate + "/" + LIST) != null) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static void addToLibraryPath(Path folder) {
        String current = System.getProperty("java.library.path");
        String entry = folder.toAbsolutePath().toString();
        System.setProperty("java.library.path",
                current == null || current.isEmpty() ? entry : entry + java.io.File.pathSeparator + current);
    }

    private static List<String> readList(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String name = line.strip();
                    if (name.isEmpty() || name.startsWith("#")) {
                        continue;
                    }
                    if (!name.equals(safeName(name))) {
                        throw new IOException("not a plain file name in " + resource + ": " + name);
                    }
                    names.add(name);
                }
            }
            return names;
        }
    }

    private static String readVersion(ClassLoader loader) throws IOException {
        return new String(read(loader, VERSION), StandardCharsets.UTF_8).strip();
    }

    private static byte[] read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing from the jar: " + resource);
            }
            return in.readAllBytes();
        }
    }

    /** Keeps a name to one path element: letters, digits, dot, dash, underscore. */
    private static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }

    /** Registers a folder and everything in it; the JVM deletes in reverse order, so children go first. */
    private static void deleteOnExit(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.forEach(p -> p.toFile().deleteOnExit());
        } catch (IOException e) {
            // Only tidiness is lost: the folder is in the temporary directory.
        }
    }
}
