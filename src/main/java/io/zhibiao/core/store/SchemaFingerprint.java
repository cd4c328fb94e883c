package io.zhibiao.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything in a database's schema that could make H2 run an expression or code, as one line per object
 * ({@code kind<TAB>name<TAB>definition}), read from INFORMATION_SCHEMA only: no user table is touched.
 * Two stores with equal fingerprints have the same tables, columns (types, defaults, generated
 * expressions), constraints and indexes, and neither has triggers, aliases, aggregates, views, domains,
 * constants or synonyms beyond the other's. Names H2 generates (constraints, identity sequences) are left
 * out, as they differ between stores built by the same migrations.
 */
final class SchemaFingerprint {
    private static final String NOT_SYSTEM = " <> 'INFORMATION_SCHEMA'";

    /** Each query returns kind, name, definition. */
    private static final List<String> QUERIES = List.of(
            "SELECT 'schema', SCHEMA_NAME, '' FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME" + NOT_SYSTEM,
            "SELECT CASE TABLE_TYPE WHEN 'VIEW' THEN 'view' ELSE 'table' END, " + qualified("TABLE")
                    + ", COALESCE(TABLE_TYPE, '') FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA" + NOT_SYSTEM,
            "SELECT CASE WHEN IS_GENERATED = 'NEVER' THEN 'column' ELSE 'generated column' END, "
                    + qualified("TABLE") + " || '.' || COLUMN_NAME, CONCAT_WS(' ', DATA_TYPE,"
                    + " CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION,"
                    + " 'NULLABLE=' || IS_NULLABLE, 'IDENTITY=' || IS_IDENTITY, 'DEFAULT=' || COLUMN_DEFAULT,"
                    + " 'GENERATED=' || GENERATION_EXPRESSION, 'ON UPDATE=' || COLUMN_ON_UPDATE,"
                    + " 'DOMAIN=' || DOMAIN_NAME, 'DEFAULT ON NULL=' || DEFAULT_ON_NULL)"
                    + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA" + NOT_SYSTEM,
            "SELECT 'check constraint', " + qualified("TC.TABLE") + ", CC.CHECK_CLAUSE"
                    + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS CC"
                    + " ON CC.CONSTRAINT_SCHEMA = TC.CONSTRAINT_SCHEMA AND CC.CONSTRAINT_NAME = TC.CONSTRAINT_NAME"
                    + " WHERE TC.TABLE_SCHEMA" + NOT_SYSTEM,
            // spelled out, not LOWER(): H2 lower-cases with the JVM's locale, and in Turkish PRIMARY becomes prımary
            "SELECT CASE TC.CONSTRAINT_TYPE WHEN 'PRIMARY KEY' THEN 'primary key' WHEN 'UNIQUE' THEN 'unique'"
                    + " WHEN 'FOREIGN KEY' THEN 'foreign key' ELSE TC.CONSTRAINT_TYPE END, " + qualified("TC.TABLE") + " || '('"
                    + " || (SELECT LISTAGG(K.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY K.ORDINAL_POSITION)"
                    + " FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE K WHERE K.CONSTRAINT_SCHEMA = TC.CONSTRAINT_SCHEMA"
                    + " AND K.CONSTRAINT_NAME = TC.CONSTRAINT_NAME) || ')',"
                    + " COALESCE((SELECT 'REFERENCES ' || U.TABLE_NAME || ' ON DELETE ' || R.DELETE_RULE"
                    + " || ' ON UPDATE ' || R.UPDATE_RULE FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS R"
                    + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS U ON U.CONSTRAINT_SCHEMA = R.UNIQUE_CONSTRAINT_SCHEMA"
                    + " AND U.CONSTRAINT_NAME = R.UNIQUE_CONSTRAINT_NAME WHERE R.CONSTRAINT_SCHEMA = TC.CONSTRAINT_SCHEMA"
                    + " AND R.CONSTRAINT_NAME = TC.CONSTRAINT_NAME), '')"
                    + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC WHERE TC.TABLE_SCHEMA" + NOT_SYSTEM
                    + " AND TC.CONSTRAINT_TYPE <> 'CHECK'",
            "SELECT 'index', " + qualified("I.TABLE") + " || '('"
                    + " || (SELECT LISTAGG(C.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY C.ORDINAL_POSITION)"
                    + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS C WHERE C.INDEX_SCHEMA = I.INDEX_SCHEMA"
                    + " AND C.INDEX_NAME = I.INDEX_NAME) || ')', I.INDEX_TYPE_NAME"
                    + " FROM INFORMATION_SCHEMA.INDEXES I WHERE I.TABLE_SCHEMA" + NOT_SYSTEM,
            "SELECT 'trigger', TRIGGER_NAME || ' ON ' || EVENT_OBJECT_TABLE, ''"
                    + " FROM INFORMATION_SCHEMA.TRIGGERS",
            "SELECT CASE ROUTINE_TYPE WHEN 'AGGREGATE' THEN 'user-defined aggregate' ELSE 'function alias' END,"
                    + " ROUTINE_NAME, '' FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA" + NOT_SYSTEM,
            "SELECT 'domain', DOMAIN_NAME, '' FROM INFORMATION_SCHEMA.DOMAINS",
            "SELECT 'constant', CONSTANT_NAME, '' FROM INFORMATION_SCHEMA.CONSTANTS",
            "SELECT 'synonym', SYNONYM_NAME, '' FROM INFORMATION_SCHEMA.SYNONYMS");

    private SchemaFingerprint() {
    }

    /** Objects of the PUBLIC schema are named without it, others as {@code SCHEMA.NAME}. */
    private static String qualified(String prefix) {
        String schema = prefix + "_SCHEMA";
        return "CASE WHEN " + schema + " = 'PUBLIC' THEN '' ELSE " + schema + " || '.' END || " + prefix + "_NAME";
    }

    static Set<String> of(Connection c) throws SQLException {
        Set<String> lines = new TreeSet<>();
        try (Statement st = c.createStatement()) {
            for (String q : QUERIES) {
                try (ResultSet rs = st.executeQuery(q)) {
                    while (rs.next()) {
                        lines.add(line(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
        }
        return lines;
    }

    static String line(String kind, String name, String definition) {
        return kind + "\t" + name + "\t" + (definition == null ? "" : definition.replace('\n', ' '));
    }

    static String kind(String line) {
        return line.split("\t", 3)[0];
    }

    static String name(String line) {
        return line.split("\t", 3)[1];
    }

    static String definition(String line) {
        return line.split("\t", 3)[2];
    }
}
