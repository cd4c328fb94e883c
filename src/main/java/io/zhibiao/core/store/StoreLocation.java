package io.zhibiao.core.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the store lives by default on each operating system. */
final class StoreLocation {
    static final String BASE_NAME = "zhibiao";

    private StoreLocation() {
    }

    /** The database path without extension: {@code <data folder>/zhibiao}. */
    static Path defaultFor(String osName, Map<String, String> env, Path userHome) {
        return dataFolder(osName, env, userHome).resolve(BASE_NAME);
    }

    private static Path dataFolder(String osName, Map<String, String> env, Path userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isBlank(appData) ? userHome.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Zhibiao");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Zhibiao");
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = isBlank(xdg) || !Path.of(xdg).isAbsolute()
                ? userHome.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("zhibiao");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
