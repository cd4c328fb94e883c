package io.zhibiao.core.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link SchemaFingerprint} the migrations give a store of each schema version.
 *
 * <p>For the application's own migrations it is read from {@code db/schema/v<N>.txt}: building it by
 * running Flyway into an in-memory database took 1.1 to 1.4 s at start on a 2-core machine, on every
 * start. A test rebuilds every file from the migrations and fails when one differs, so a new migration
 * cannot ship without its file. Other migration locations (tests of future schemas) are built from the
 * migrations, once per process.
 */
final class ExpectedSchema {
    static final List<String> MIGRATIONS = List.of("classpath:db/migration");
    private static final Map<String, Set<String>> BUILT = new ConcurrentHashMap<>();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private ExpectedSchema() {
    }

    /** The fingerprint of schema {@code version}, empty when the migrations do not reach it. */
    static Optional<Set<String>> of(List<String> locations, int version) {
        if (locations.equals(MIGRATIONS)) {
            return fromResource(version);
        }
        return Optional.ofNullable(BUILT.computeIfAbsent(locations + "@" + version,
                k -> fromMigrations(locations, version).orElse(null)));
    }

    static Optional<Set<String>> fromResource(int version) {
        try (InputStream in = ExpectedSchema.class.getResourceAsStream("/db/schema/v" + version + ".txt")) {
            if (in == null) {
                return Optional.empty();
            }
            Set<String> lines = new TreeSet<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList());
            return Optional.of(lines);
        } catch (IOException e) {
            throw new StoreException("Could not read the expected schema of version " + version + ": "
                    + e.getMessage(), e);
        }
    }

    /** Runs the migrations up to {@code version} into a fresh in-memory database and reads its fingerprint. */
    static Optional<Set<String>> fromMigrations(List<String> locations, int version) {
        String url = "jdbc:h2:mem:zhibiao-expected-schema-" + DATABASES.incrementAndGet();
        // the open connection keeps the in-memory database alive while Flyway works through its own
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure(ExpectedSchema.class.getClassLoader())
                    .dataSource(url, "sa", "")
                    .locations(locations.toArray(String[]::new))
                    .target(String.valueOf(version))
                    .load()
                    .migrate();
            if (SchemaVersion.applied(c) != version) {
                return Optional.empty();
            }
            return Optional.of(SchemaFingerprint.of(c));
        } catch (FlywayException e) {
            // a target beyond the newest migration: no such version here
            return Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("Could not build the expected schema of version " + version + ": "
                    + e.getMessage(), e);
        }
    }
}
