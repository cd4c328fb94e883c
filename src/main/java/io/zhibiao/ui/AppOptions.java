package io.zhibiao.ui;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;

import java.nio.file.Path;
import java.util.List;

/** Options the workbench accepts on its command line: {@code [--db PATH|URL] [--self-test] [--screenshot FILE]}. */
public record AppOptions(StoreAddress db, boolean selfTest, Path screenshot) {

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
        return new AppOptions(db != null ? db : StoreAddress.file(Store.defaultLocation()), selfTest, screenshot);
    }

    private static String valueAfter(List<String> args, int i, String option) {
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i + 1);
    }
}
