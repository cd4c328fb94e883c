package io.zhibiao;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The multi-platform jar of {@code mvn -Pdist-jar verify}: run by that profile after the jar is built (the
 * class name keeps it out of the ordinary test run). It checks what can be checked on one Linux machine:
 * the jar holds the JavaFX classes and native libraries of Windows, macOS (Intel and Apple silicon) and
 * Linux, each library built for the processor its folder names, and the jar starts here.
 */
class DistJarCheck {
    /** The libraries each platform's JavaFX needs to show a window with controls and text. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "win-x64", List.of("glass.dll", "prism_d3d.dll", "prism_sw.dll", "prism_common.dll",
                    "javafx_font.dll", "javafx_iio.dll", "decora_sse.dll"),
            "mac-x64", List.of("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib", "libprism_common.dylib",
                    "libjavafx_font.dylib", "libjavafx_iio.dylib", "libdecora_sse.dylib"),
            "mac-aarch64", List.of("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib",
                    "libprism_common.dylib", "libjavafx_font.dylib", "libjavafx_iio.dylib", "libdecora_sse.dylib"),
            "linux-x64", List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so",
                    "libprism_common.so", "libjavafx_font.so", "libjavafx_font_freetype.so",
                    "libjavafx_font_pango.so", "libjavafx_iio.so", "libdecora_sse.so"));
    private static final long TIMEOUT_SECONDS = 600;

    private static Path jar;

    @TempDir
    Path temp;

    @BeforeAll
    static void findJar() {
        String path = System.getProperty("zhibiao.distJar");
        if (path == null) {
            fail("run by mvn -Pdist-jar verify, which names the jar in the system property zhibiao.distJar");
        }
        jar = Path.of(path);
        assertTrue(Files.isRegularFile(jar), "the jar was not built: " + jar);
    }

    @Test
    void manifestStartsTheLauncher() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals(Launcher.class.getName(), file.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    @Test
    void holdsTheLibrariesOfEachSystemBuiltForItsProcessor() throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (var platform : REQUIRED.entrySet()) {
                String folder = NativeLibraries.ROOT + platform.getKey() + "/";
                Set<String> inFolder = zip.stream().map(ZipEntry::getName)
                        .filter(n -> n.startsWith(folder) && !n.endsWith("/"))
                        .map(n -> n.substring(folder.length()))
                        .filter(n -> !n.equals(NativeLibraries.LIST))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertTrue(inFolder.containsAll(platform.getValue()),
                        folder + " lacks " + missing(platform.getValue(), inFolder));
                List<String> listed = listed(zip, folder + NativeLibraries.LIST);
                assertEquals(inFolder, new TreeSet<>(listed), folder + NativeLibraries.LIST + " lists the folder");
                for (String name : inFolder) {
                    byte[] head = head(zip, folder + name);
                    assertEquals(platform.getKey(), builtFor(head), folder + name + " is built for another system");
                }
            }
            assertTrue(zip.getEntry(NativeLibraries.VERSION) != null, "the version that names the cache folder");
        }
    }

    @Test
    void keepsNoLibraryAtTheRoot() throws IOException {
        // JavaFX takes a library from the class path's root before java.library.path: one there would be
        // loaded on every system of that family, including a Mac of the other processor.
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> atRoot = zip.stream().map(ZipEntry::getName)
                    .filter(n -> !n.contains("/") && (n.endsWith(".dll") || n.endsWith(".so") || n.endsWith(".dylib")))
                    .toList();
            assertEquals(List.of(), atRoot);
        }
    }

    @Test
    void holdsEveryClassOfEachSystemsJavaFxGraphics() throws IOException {
        String platforms = System.getProperty("zhibiao.distJar.platforms");
        Path folder = Path.of(platforms == null ? "target/dist-jar/platforms" : platforms);
        List<Path> graphics;
        try (Stream<Path> files = Files.list(folder)) {
            graphics = files.filter(f -> f.getFileName().toString().startsWith("javafx-graphics-")).sorted().toList();
        }
        assertEquals(4, graphics.size(), "win, mac, mac-aarch64 and linux in " + folder + ": " + graphics);
        try (ZipFile all = new ZipFile(jar.toFile())) {
            for (Path platform : graphics) {
                try (ZipFile one = new ZipFile(platform.toFile())) {
                    List<String> missing = one.stream().map(ZipEntry::getName)
                            .filter(n -> n.contains("/") && !n.endsWith("/") && !n.startsWith("META-INF/"))
                            .filter(n -> all.getEntry(n) == null)
                            .toList();
                    assertEquals(List.of(), missing, "classes and resources of " + platform.getFileName());
                }
            }
            for (String type : List.of("com/sun/glass/ui/win/WinApplication", "com/sun/prism/d3d/D3DPipeline",
                    "com/sun/glass/ui/mac/MacApplication", "com/sun/glass/ui/gtk/GtkApplication",
                    "com/sun/prism/es2/ES2Pipeline")) {
                assertTrue(all.getEntry(type + ".class") != null, type);
            }
        }
    }

    @Test
    void keepsMergedServicesWhoseProvidersAreInTheJarAndNoSignatures() throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> services = zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("META-INF/services/") && !n.endsWith("/")).toList();
            assertTrue(services.size() > 5, "service files: " + services);
            for (String service : services) {
                for (String provider : listed(zip, service)) {
                    assertTrue(zip.getEntry(provider.replace('.', '/') + ".class") != null,
                            service + " names " + provider + ", which is not in the jar");
                }
            }
            // poi and poi-ooxml both provide workbooks: both must survive the merge.
            List<String> workbooks = listed(zip, "META-INF/services/org.apache.poi.ss.usermodel.WorkbookProvider");
            assertTrue(workbooks.contains("org.apache.poi.hssf.usermodel.HSSFWorkbookFactory"), workbooks.toString());
            assertTrue(workbooks.contains("org.apache.poi.xssf.usermodel.XSSFWorkbookFactory"), workbooks.toString());
            List<String> signatures = zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")).toList();
            assertEquals(List.of(), signatures, "a dependency's signature would not match the merged jar");
        }
    }

    /** The version stamped on every extracted document: `reextract` tells an upgrade's leftovers by it. */
    @Test
    void knowsItsVersion() throws Exception {
        Run run = run(List.of(java(), "-jar", jar.toString(), "--version"), Map.of());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().matches("(?s).*Zhibiao \\d+\\.\\d+\\.\\d+.*"), "not a development marker: " + run.output());
    }

    @Test
    void printsTheUsageWithJavaJar() throws Exception {
        Run run = run(List.of(java(), "-jar", jar.toString(), "--help"), Map.of());

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Usage: zhibiao"), run.output());
        assertTrue(run.output().contains("import"), run.output());
    }

    /**
     * The window, headless: Monocle (a test library, beside the jar on the class path) instead of GTK, so
     * that no display is needed; JavaFX itself and its native libraries come from the jar.
     */
    @Test
    void opensTheWindowHeadlessWithTheLibrariesItUnpacks() throws Exception {
        Path monocle = Path.of(Class.forName("com.sun.glass.ui.monocle.HeadlessPlatformFactory")
                .getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>(List.of(java(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true"));
        command.addAll(isolated());
        command.addAll(List.of("-cp", jar + File.pathSeparator + monocle, Launcher.class.getName(),
                "--self-test", "--db", temp.resolve("store").toString()));

        Run run = run(command, environment());

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("self-test passed"), run.output());
        assertLoadedFromCache(run, "prism_sw");
        assertLoadedFromCache(run, "javafx_font");
    }

    /** What a double-click does: java -jar, with GTK on a virtual display. Needs xvfb-run and GTK 3. */
    @Test
    void opensTheWindowWithJavaJarUnderXvfb() throws Exception {
        Path xvfbRun = onPath("xvfb-run");
        // a check that passed without running would claim a double-click works: fail instead, with the fix
        assertTrue(xvfbRun != null, "xvfb-run is not installed: apt-get install xvfb libgtk-3-0, then run again");
        List<String> command = new ArrayList<>(List.of(xvfbRun.toString(), "-a", java()));
        command.addAll(isolated());
        command.addAll(List.of("-jar", jar.toString(), "--self-test", "--db", temp.resolve("store").toString()));

        Run run = run(command, environment());

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("self-test passed"), run.output());
        assertLoadedFromCache(run, "glass");
        assertLoadedFromCache(run, "glassgtk3");
    }

    /** Options that keep the started app out of the user's home and cache, and make JavaFX name each load. */
    private List<String> isolated() {
        return List.of("-Duser.home=" + temp.resolve("home"),
                "-D" + NativeLibraries.CACHE_PROPERTY + "=" + temp.resolve("natives"),
                "-Djavafx.verbose=true", "-Dh2.bindAddress=127.0.0.1", "-Dzhibiao.selfTestSeconds=600");
    }

    private Map<String, String> environment() {
        return Map.of("HOME", temp.resolve("home").toString(),
                "XDG_DATA_HOME", temp.resolve("data").toString(),
                "XDG_CONFIG_HOME", temp.resolve("config").toString(),
                "XDG_CACHE_HOME", temp.resolve("cache").toString());
    }

    private void assertLoadedFromCache(Run run, String library) {
        String platform = NativeLibraries.platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        Path file = temp.resolve("natives").resolve(versionInJar()).resolve(platform)
                .resolve(System.mapLibraryName(library));
        assertTrue(Files.isRegularFile(file), "unpacked: " + file);
        assertTrue(run.output().contains("Loaded " + file + " from java.library.path"), run.output());
    }

    private static String versionInJar() {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return new String(head(zip, NativeLibraries.VERSION), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Which platform a native library was built for, read from its header (PE, Mach-O or ELF). */
    static String builtFor(byte[] head) {
        ByteBuffer le = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if (head[0] == 'M' && head[1] == 'Z') {
            int pe = le.getInt(0x3c);
            String machine = switch (le.getShort(pe + 4) & 0xffff) {
                case 0x8664 -> "x64";
                case 0xaa64 -> "aarch64";
                case 0x014c -> "x86";
                default -> "unknown";
            };
            return "win-" + machine;
        }
        if (le.getInt(0) == 0xfeedfacf) {
            String cpu = switch (le.getInt(4)) {
                case 0x01000007 -> "x64";
                case 0x0100000c -> "aarch64";
                default -> "unknown";
            };
            return "mac-" + cpu;
        }
        if (head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F' && head[5] == 1) {
            String machine = switch (le.getShort(18) & 0xffff) {
                case 62 -> "x64";
                case 183 -> "aarch64";
                default -> "unknown";
            };
            return "linux-" + machine;
        }
        return "not a native library";
    }

    private static byte[] head(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertTrue(entry != null, name);
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes(4096);
        }
    }

    private static List<String> listed(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertTrue(entry != null, name);
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
        }
    }

    private static List<String> missing(List<String> wanted, Set<String> present) {
        List<String> missing = new ArrayList<>(wanted);
        missing.removeAll(present);
        return Collections.unmodifiableList(missing);
    }

    private static String java() {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString();
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private record Run(int exit, String output) {
    }

    private Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("still running after " + TIMEOUT_SECONDS + " s: " + command + "\n" + read(log));
        }
        return new Run(process.exitValue(), read(log));
    }

    /** The output in whatever encoding the child's locale chose: only ASCII words are looked for. */
    private static String read(Path log) throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }
}
