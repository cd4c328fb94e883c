package io.zhibiao;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unpacking the multi-platform jar's JavaFX libraries, on a folder laid out as that jar is. */
class NativeLibrariesTest {
    private static final byte[] ONE = "first library".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TWO = "second library, longer".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    @Test
    void namesPlatformsAsTheJarsFoldersDo() {
        assertEquals("win-x64", NativeLibraries.platform("Windows 11", "amd64"));
        assertEquals("win-x64", NativeLibraries.platform("Windows Server 2022", "x86_64"));
        assertEquals("mac-x64", NativeLibraries.platform("Mac OS X", "x86_64"));
        assertEquals("mac-aarch64", NativeLibraries.platform("Mac OS X", "aarch64"));
        assertEquals("linux-x64", NativeLibraries.platform("Linux", "amd64"));
        assertEquals("linux-aarch64", NativeLibraries.platform("Linux", "aarch64"));
        assertEquals("freebsd-x64", NativeLibraries.platform("FreeBSD", "amd64"));
    }

    @Test
    void cachesWhereEachSystemKeepsRecreatableFiles() {
        Path home = Path.of("/home/analyst");
        assertEquals(Path.of("C:/Users/a/AppData/Local/Zhibiao/natives"),
                NativeLibraries.defaultCache("Windows 10", Map.of("LOCALAPPDATA", "C:/Users/a/AppData/Local"), home));
        assertEquals(home.resolve("AppData/Local/Zhibiao/natives"),
                NativeLibraries.defaultCache("Windows 10", Map.of(), home));
        assertEquals(home.resolve("Library/Caches/Zhibiao/natives"),
                NativeLibraries.defaultCache("Mac OS X", Map.of(), home));
        assertEquals(Path.of("/var/cache/me/zhibiao/natives"),
                NativeLibraries.defaultCache("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/me"), home));
        assertEquals(home.resolve(".cache/zhibiao/natives"),
                NativeLibraries.defaultCache("Linux", Map.of("XDG_CACHE_HOME", "relative/cache"), home));
    }

    @Test
    void unpacksTheRunningPlatformsLibrariesIntoAFolderOfTheirVersion() throws IOException {
        Path jar = jarWith("linux-x64", "libone.so\nlibtwo.so\n");
        Path cache = temp.resolve("cache");

        Optional<Path> folder = NativeLibraries.unpack(loader(jar), "linux-x64", cache);

        assertEquals(Optional.of(cache.resolve("21.0.5").resolve("linux-x64")), folder);
        assertArrayEquals(ONE, Files.readAllBytes(folder.get().resolve("libone.so")));
        assertArrayEquals(TWO, Files.readAllBytes(folder.get().resolve("libtwo.so")));
        try (Stream<Path> files = Files.list(folder.get())) {
            assertEquals(2, files.count(), "nothing but the libraries, no partial files left");
        }
    }

    @Test
    void leavesLibrariesAloneThatAreAlreadyThereAndRewritesOnesThatDiffer() throws IOException {
        Path jar = jarWith("linux-x64", "libone.so\nlibtwo.so\n");
        Path cache = temp.resolve("cache");
        Path folder = NativeLibraries.unpack(loader(jar), "linux-x64", cache).orElseThrow();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(folder.resolve("libone.so"), old);
        // Same length, other bytes: a library of another build must not be kept.
        Files.write(folder.resolve("libtwo.so"), "SECOND LIBRARY, LONGER".getBytes(StandardCharsets.UTF_8));

        NativeLibraries.unpack(loader(jar), "linux-x64", cache);

        assertEquals(old, Files.getLastModifiedTime(folder.resolve("libone.so")), "an identical file is not rewritten");
        assertArrayEquals(TWO, Files.readAllBytes(folder.resolve("libtwo.so")));
    }

    @Test
    void findsNothingForAPlatformTheJarDoesNotCarry() throws IOException {
        Path jar = jarWith("win-x64", "glass.dll\n");
        Path cache = temp.resolve("cache");

        assertEquals(Optional.empty(), NativeLibraries.unpack(loader(jar), "linux-aarch64", cache));
        assertFalse(Files.exists(cache), "no folder is made for nothing");
        assertEquals(List.of("win-x64"), NativeLibraries.platformsIn(loader(jar)));
    }

    @Test
    void refusesAListThatPointsOutOfItsFolder() throws IOException {
        Path jar = jarWith("linux-x64", "libone.so\n../libone.so\n");

        IOException e = assertThrows(IOException.class,
                () -> NativeLibraries.unpack(loader(jar), "linux-x64", temp.resolve("cache")));
        assertTrue(e.getMessage().contains("../libone.so"), e.getMessage());
    }

    @Test
    void reportsALibraryThatIsListedButMissing() throws IOException {
        Path jar = jarWith("linux-x64", "libone.so\nlibthree.so\n");

        IOException e = assertThrows(IOException.class,
                () -> NativeLibraries.unpack(loader(jar), "linux-x64", temp.resolve("cache")));
        assertTrue(e.getMessage().contains("natives/linux-x64/libthree.so"), e.getMessage());
    }

    /** A folder laid out like the multi-platform jar, with two libraries for one platform. */
    private Path jarWith(String platform, String list) throws IOException {
        Path root = temp.resolve("jar");
        Path natives = Files.createDirectories(root.resolve("natives").resolve(platform));
        Files.writeString(root.resolve("natives").resolve("version"), "21.0.5\n");
        Files.writeString(natives.resolve("natives.list"), list);
        Files.write(natives.resolve(list.contains(".dll") ? "glass.dll" : "libone.so"), ONE);
        Files.write(natives.resolve("libtwo.so"), TWO);
        return root;
    }

    private static ClassLoader loader(Path root) throws IOException {
        // No parent: only the folder is seen, as only the jar is in a java -jar run.
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }
}
