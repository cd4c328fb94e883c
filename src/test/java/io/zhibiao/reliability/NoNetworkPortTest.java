package io.zhibiao.reliability;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The embedded store never listens on a network port: not in the code, and not in the running process. */
class NoNetworkPortTest {
    @TempDir
    Path dir;

    /** Neither the H2 server classes nor the URL settings that open a port appear in the sources. */
    @Test
    void nothingStartsAnH2ServerOrUsesItsNetworkModes() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String s = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
                for (String network : List.of("AUTO_SERVER", "JDBC:H2:TCP", "JDBC:H2:SSL", "-TCPALLOWOTHERS",
                        "-WEBALLOWOTHERS", "TCPPORT", "ORG.H2.TOOLS.SERVER", "ORG.H2.TOOLS.CONSOLE", "ORG.H2.SERVER")) {
                    assertFalse(s.contains(network), f + " mentions " + network);
                }
            }
        }
    }

    @Test
    void openingAndUsingTheStoreOpensNoListeningSocket() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")) && Files.isDirectory(Path.of("/proc/self/fd")),
                "needs Linux /proc to list sockets");
        Set<String> before = listeningSocketsOfThisProcess();
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(before.size() + 1, listeningSocketsOfThisProcess().size(), "the check sees a listening socket");
        }
        try (Store store = Store.open(dir.resolve("store/zhibiao"))) {
            ImportService.withBundledData(store).importPaths(List.of(SampleReports.path(SampleReports.HONGHU_2024)),
                    ImportListener.NONE, () -> false);
            store.flush();
            Set<String> during = listeningSocketsOfThisProcess();
            during.removeAll(before);
            assertEquals(Set.of(), during, "listening sockets the store opened (socket inodes)");
        }
    }

    /** Inodes of this process's sockets that are in state LISTEN (0A) in /proc/net/tcp or tcp6. */
    private static Set<String> listeningSocketsOfThisProcess() throws IOException {
        Set<String> ours = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        ours.add(link.substring(8, link.length() - 1));
                    }
                } catch (IOException e) {
                    // the descriptor closed while we listed it
                }
            }
        }
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.isReadable(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p).subList(1, Files.readAllLines(p).size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A") && ours.contains(f[9])) {
                    listening.add(f[9]);
                }
            }
        }
        return listening;
    }
}
