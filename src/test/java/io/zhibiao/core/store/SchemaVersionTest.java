package io.zhibiao.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaVersionTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void latestNamesTheNewestMigrationFileSoANewOneIsNeverSkipped() throws IOException {
        int newest = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.toList()) {
                Matcher m = MIGRATION.matcher(f.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertEquals(newest, SchemaVersion.LATEST);
    }

    @Test
    void aFreshStoreIsNotCurrentAMigratedOneIs(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("zhibiao");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "")) {
            assertFalse(SchemaVersion.isCurrent(c));
        }
        Store.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "")) {
            assertTrue(SchemaVersion.isCurrent(c));
        }
    }
}
