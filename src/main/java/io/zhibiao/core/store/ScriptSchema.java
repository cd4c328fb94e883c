package io.zhibiao.core.store;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tables and columns of the schema the migrations make, read from the expected schema of each version
 * ({@link ExpectedSchema}), for loading a backup's script: a statement may only name these, and the SQL
 * that loads the rows is built from these names only, never from the script's text.
 */
final class ScriptSchema {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> ALL_TABLES = Collections.unmodifiableSet(ofAllVersions("table"));
    private static final Set<String> ALL_COLUMNS = Collections.unmodifiableSet(ofAllVersions("column"));

    private ScriptSchema() {
    }

    /** The tables of every schema version this code knows. */
    static Set<String> allTables() {
        return ALL_TABLES;
    }

    /** Whether some schema version has {@code table.column}. */
    static boolean anyVersionHas(String table, String column) {
        return ALL_COLUMNS.contains(table + "." + column);
    }

    /** The names of one kind of object ("table", "column") over every schema version this code knows. */
    private static Set<String> ofAllVersions(String kind) {
        Set<String> names = new TreeSet<>();
        for (int v = 1; v <= SchemaVersion.LATEST; v++) {
            ExpectedSchema.fromResource(v).ifPresent(lines -> lines.stream()
                    .filter(l -> SchemaFingerprint.kind(l).equals(kind)).map(SchemaFingerprint::name).forEach(names::add));
        }
        return names;
    }

    /** The tables of one expected schema. */
    static Set<String> tables(Set<String> expected) {
        return expected.stream().filter(l -> SchemaFingerprint.kind(l).equals("table"))
                .map(SchemaFingerprint::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The expected schema's line of {@code table.column}, or null when it has no such column. */
    static String column(Set<String> expected, String table, String column) {
        String name = table + "." + column;
        return expected.stream().filter(l -> SchemaFingerprint.kind(l).equals("column")
                && SchemaFingerprint.name(l).equals(name)).findFirst().orElse(null);
    }

    /** Identity columns as {@code TABLE.COLUMN}. */
    static List<String> identityColumns(Set<String> expected) {
        return expected.stream().filter(l -> SchemaFingerprint.kind(l).equals("column")
                && SchemaFingerprint.definition(l).contains("IDENTITY=YES")).map(SchemaFingerprint::name).sorted().toList();
    }

    /** {@code INSERT INTO "PUBLIC"."T"("A", "B") VALUES (?, ?)} with the expected schema's own names. */
    static String insert(Set<String> expected, String table, List<String> columns) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quoted(table)).append('(');
        for (int i = 0; i < columns.size(); i++) {
            String line = column(expected, table, columns.get(i));
            if (line == null) {
                throw new IllegalArgumentException("no column " + table + "." + columns.get(i));
            }
            String name = SchemaFingerprint.name(line);
            sql.append(i == 0 ? "" : ", ").append(quotedName(name.substring(name.indexOf('.') + 1)));
        }
        return sql.append(") VALUES (").append("?, ".repeat(columns.size() - 1)).append("?)").toString();
    }

    static String quoted(String table) {
        return "\"PUBLIC\"." + quotedName(table);
    }

    static String quotedName(String name) {
        if (!PLAIN.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain name: " + name);
        }
        return "\"" + name + "\"";
    }
}
