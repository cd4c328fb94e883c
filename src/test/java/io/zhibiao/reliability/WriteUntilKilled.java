package io.zhibiao.reliability;

import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.export.ExcelExporter;
import io.zhibiao.core.export.ExportProgress;
import io.zhibiao.core.export.ExportRequest;
import io.zhibiao.core.store.Store;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link KilledWritesTest}: repeats one kind of write until it is killed, saying
 * "start" before the first and "done N" after each, so that the test can kill it at any point of a write.
 * <ul>
 *   <li>{@code export <store> <target.xlsx>}: exports every document to the same workbook;</li>
 *   <li>{@code backup <store>}: backs the open store up;</li>
 *   <li>{@code restore <store> <backup> <backup>}: restores the two backups in turn.</li>
 * </ul>
 */
public final class WriteUntilKilled {
    private WriteUntilKilled() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[1]);
        Backups backups = new Backups(db, 3);
        switch (args[0]) {
            case "export" -> {
                try (Store store = Store.open(db)) {
                    repeat(n -> ExcelExporter.export(store, ExportRequest.allDocuments(), Path.of(args[2]),
                            ExportProgress.NONE, () -> false));
                }
            }
            case "backup" -> {
                try (Store store = Store.open(db)) {
                    repeat(n -> backups.backUp(store));
                }
            }
            case "restore" -> repeat(n -> backups.restore(Path.of(args[2 + n % 2])));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private interface Write {
        void run(int n);
    }

    private static void repeat(Write write) {
        System.out.println("start");
        System.out.flush();
        for (int n = 1; ; n++) {
            write.run(n);
            System.out.println("done " + n);
            System.out.flush();
        }
    }
}
