package io.zhibiao.core.store;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a second JVM by {@link StoreLockTest}: opens the store, imports one document, says "OPEN" and
 * keeps the store open until its standard input closes or a minute has passed, whichever is first.
 */
public final class HoldStoreOpen {
    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]))) {
            store.documents().insertDocument(StoreFixtures.document("/second/process.txt", "第二个进程写入的文本"),
                    List.of(StoreFixtures.gdpTarget()));
            System.out.println("OPEN");
            System.out.flush();
            Thread waiter = new Thread(() -> {
                try {
                    while (System.in.read() != -1) {
                        // keep reading until the parent closes our input
                    }
                } catch (java.io.IOException ignored) {
                    // parent went away: stop holding the store
                }
            });
            waiter.setDaemon(true);
            waiter.start();
            waiter.join(60_000);
        }
        System.out.println("CLOSED");
    }
}
