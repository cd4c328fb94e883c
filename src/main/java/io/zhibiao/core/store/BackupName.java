package io.zhibiao.core.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a backup file is named: {@code <store>-<UTC time>-<reason>.zip}, e.g.
 * {@code zhibiao-20250301T093000.123Z-daily.zip}. The store's name comes first so that two stores in one
 * folder keep apart; the time sorts as text and has no ':' so the name is valid on Windows too.
 */
public record BackupName(String store, Instant takenAt, String reason) {
    public static final String MANUAL = "manual";
    public static final String DAILY = "daily";
    public static final String BEFORE_RESTORE = "before-restore";
    /** Followed by the schema version the copy holds: {@code before-migration-v1}. */
    public static final String BEFORE_MIGRATION = "before-migration-v";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern REASON = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{8}T\\d{6}\\.\\d{3}Z)-([a-z0-9-]+)\\.zip");

    public BackupName {
        if (!REASON.matcher(reason).matches()) {
            throw new IllegalArgumentException("a backup reason is lower-case words joined by '-': " + reason);
        }
    }

    public static String beforeMigration(int schemaVersion) {
        return BEFORE_MIGRATION + schemaVersion;
    }

    public boolean isBeforeMigration() {
        return reason.startsWith(BEFORE_MIGRATION);
    }

    public String fileName() {
        return store + "-" + TIME.format(takenAt) + "-" + reason + ".zip";
    }

    /** The name's parts when {@code fileName} is a backup of {@code store}; other files give empty. */
    public static Optional<BackupName> parse(String store, String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches() || !m.group(1).equals(store)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BackupName(store, Instant.from(TIME.parse(m.group(2))), m.group(3)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
