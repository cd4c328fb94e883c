package io.zhibiao.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Read-only files and folders for the tests about them. Permissions do not bind root, so these tests are
 * tagged {@value #TAG}: a build run by root leaves them out (the {@code as-root} profile in the pom) and
 * {@code .ci/run} runs them once more as an unprivileged user. Run by the wrong user they fail; they never
 * skip or pass without checking their claim.
 */
public final class Permissions {
    /** The JUnit tag of the tests that need permissions to be enforced. */
    public static final String TAG = "permissions";

    private Permissions() {
    }

    /** Takes the write permission away from everyone, and checks that this user is now refused. */
    public static void makeReadOnly(Path p) throws Exception {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
        if (Files.isWritable(p)) {
            fail(notEnforced(p));
        }
    }

    /** Takes every permission away, and checks that this user can no longer read the file. */
    public static void makeUnreadable(Path p) throws Exception {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(p)) {
            fail(notEnforced(p));
        }
    }

    public static void makeWritable(Path p) throws Exception {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static String notEnforced(Path p) {
        return "permissions are not enforced for user " + System.getProperty("user.name") + " on " + p
                + ": the tests tagged '" + TAG + "' must run as an unprivileged user (.ci/run does)";
    }
}
