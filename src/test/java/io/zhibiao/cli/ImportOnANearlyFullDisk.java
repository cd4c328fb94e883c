package io.zhibiao.cli;

import io.zhibiao.testing.FullDisk;

import java.util.Arrays;

/**
 * Run in a child JVM by {@link FullDiskCommandTest}: the real command line, with the stores it opens on a
 * disk that has {@code args[0]} bytes left; the other arguments are the command's. Exits with the command's
 * code, as a user's terminal would see it. A process of its own, because after a failed write H2 may keep
 * the store's file locked until the process ends, which a test in the same JVM would trip over.
 */
public final class ImportOnANearlyFullDisk {
    private ImportOnANearlyFullDisk() {
    }

    public static void main(String[] args) {
        int code;
        try (FullDisk disk = FullDisk.install()) {
            disk.leave(Long.parseLong(args[0]));
            code = ZhibiaoCommand.execute(Arrays.copyOfRange(args, 1, args.length));
        }
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
