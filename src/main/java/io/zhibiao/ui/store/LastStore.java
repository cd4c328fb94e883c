package io.zhibiao.ui.store;

import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoreException;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The store File ▸ Open store… opened last, which the next start without {@code --db} opens again. Kept in
 * the workbench's own settings (settings.properties of the default store's folder, not of any store it
 * opens); a team store is kept as its URL, which never holds a password.
 */
public final class LastStore {
    /** Names another settings file for the remembered store; tests set it to a temporary file. */
    public static final String FILE_PROPERTY = "zhibiao.appSettings";

    private LastStore() {
    }

    static Settings settings() {
        String set = System.getProperty(FILE_PROPERTY);
        Path file = set != null && !set.isBlank() ? Path.of(set)
                : Store.defaultLocation().resolveSibling("settings.properties");
        return Settings.load(file);
    }

    /** The remembered store, if one is remembered and still reads as an address. */
    public static Optional<StoreAddress> read() {
        Optional<String> last = settings().lastStore();
        try {
            return last.map(StoreAddress::parse);
        } catch (StoreException e) {
            return Optional.empty();
        }
    }

    /** The remembered text, as the analyst typed or chose it, for the dialog's field. */
    static Optional<String> text() {
        return settings().lastStore();
    }

    static void remember(String address) {
        Settings s = settings();
        s.setLastStore(address);
        s.save();
    }
}
