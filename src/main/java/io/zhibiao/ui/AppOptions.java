package io.zhibiao.ui;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.ui.store.LastStore;

import java.nio.file.Path;
import java.util.List;

/**
 * Options the workbench accepts on its command line: {@code [--db PATH|URL] [--self-test] [--screenshot FILE]}.
 * Without {@code --db} the store File ▸ Open store… opened last ({@link LastStore}), else the default store;
 * {@code remembered} tells that the store came from that memory.
 */
public record AppOptions(StoreAddress db, boolean selfTest, Path screenshot, boolean remembered) {

    /** The same options on the default store: a remembered store that no longer opens gives way to it. */
    public AppOptions onDefaultStore() {
        return new AppOptions(StoreAddress.file(Store.defaultLocation()), selfTest, screenshot, false);
    }

    public static AppOptions parse(List<String> args) {
        StoreAddress db = null;
        boolean selfTest = false;
        Path screenshot = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--db" -> db = StoreAddress.parse(valueAfter(args, i++, a));
                case "--self-test" -> selfTest = true;
                case "--screenshot" -> screenshot = Path.of(valueAfter(args, i++, a));
                default -> throw new IllegalArgumentException("unknown option " + a
                        + " (the workbench takes --db PATH|URL, --self-test, --screenshot FILE; commands: --help)");
            }
        }
        if (db != null) {
            return new AppOptions(db, selfTest, screenshot, false);
        }
        java.util.Optional<StoreAddress> last = selfTest ? java.util.Optional.empty() : LastStore.read();
        return new AppOptions(last.orElseGet(() -> StoreAddress.file(Store.defaultLocation())), selfTest, screenshot,
                last.isPresent());
    }

    private static String valueAfter(List<String> args, int i, String option) {
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i + 1);
    }
}
