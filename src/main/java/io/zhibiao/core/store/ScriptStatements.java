package io.zhibiao.core.store;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements of a backup's SQL script, read and never run. Only the kinds H2's {@code SCRIPT} writes for
 * Zhibiao's schema are accepted: {@code CREATE USER}, {@code CREATE CACHED TABLE}, {@code CREATE [UNIQUE]
 * INDEX} and {@code ALTER TABLE ... ADD CONSTRAINT} on the tables the migrations make (the restore builds the
 * schema from the migrations and skips these), and {@code INSERT INTO table(columns) VALUES} rows of plain
 * literals, which the restore binds as parameters. Anything else ({@code CREATE ALIAS}, {@code CREATE
 * TRIGGER}, {@code CALL}, {@code SET}, a function call among the values ...) is refused with its line.
 */
final class ScriptStatements {
    /** A schema statement: {@code table} is the table it is about (null for the user), with the identity restarts it names. */
    record Schema(String table, Map<String, Long> identityRestarts) {
    }

    /** An INSERT; its rows follow through {@link #nextRow()}. */
    record Insert(String table, List<String> columns, int line) {
    }

    private static final int MAX_SKIPPED_TOKENS = 100_000;

    private final ScriptTokens tokens;
    private final Set<String> tables;
    private Insert insert;
    private boolean firstRow;
    private final StringBuilder head = new StringBuilder();

    /** @param tables the tables a statement may be about */
    ScriptStatements(ScriptTokens tokens, Set<String> tables) {
        this.tokens = tokens;
        this.tables = tables;
    }

    /** The next statement, a {@link Schema} or an {@link Insert}; null at the end of the script. */
    Object next() throws IOException {
        if (insert != null) {
            throw new IllegalStateException("the rows of the INSERT at line " + insert.line() + " were not all read");
        }
        head.setLength(0);
        advance();
        while (tokens.isSymbol(';')) {
            head.setLength(0);
            advance();
        }
        if (tokens.kind() == ScriptTokens.Kind.END) {
            return null;
        }
        int line = tokens.line();
        if (tokens.isWord("INSERT")) {
            word("INTO");
            String table = table();
            symbol('(');
            List<String> columns = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            do {
                advance();
                if (tokens.kind() != ScriptTokens.Kind.NAME || !seen.add(tokens.text())) {
                    throw refusedStatement();
                }
                columns.add(tokens.text());
                advance();
            } while (tokens.isSymbol(','));
            expectSymbol(')');
            word("VALUES");
            insert = new Insert(table, List.copyOf(columns), line);
            firstRow = true;
            return insert;
        }
        if (tokens.isWord("CREATE")) {
            advance();
            if (tokens.isWord("USER")) {
                skipToEnd();
                return new Schema(null, Map.of());
            }
            if (tokens.isWord("CACHED")) {
                word("TABLE");
                String table = table();
                return new Schema(table, skipTable());
            }
            while (tokens.isWord("UNIQUE") || tokens.isWord("NULLS") || tokens.isWord("NOT")
                    || tokens.isWord("DISTINCT")) {
                advance();
            }
            if (tokens.isWord("INDEX")) {
                qualifiedName();
                word("ON");
                String table = table();
                skipToEnd();
                return new Schema(table, Map.of());
            }
            throw refusedStatement();
        }
        if (tokens.isWord("ALTER")) {
            word("TABLE");
            String table = table();
            word("ADD");
            word("CONSTRAINT");
            skipToEnd();
            return new Schema(table, Map.of());
        }
        throw refusedStatement();
    }

    /** The next row of the current INSERT, its values as Java objects; null after its last row. */
    List<Object> nextRow() throws IOException {
        if (insert == null) {
            return null;
        }
        if (!firstRow) {
            advance();
            if (tokens.isSymbol(';')) {
                insert = null;
                return null;
            }
            expectSymbol(',');
        }
        firstRow = false;
        symbol('(');
        List<Object> values = new ArrayList<>(insert.columns().size());
        do {
            advance();
            values.add(literal());
            advance();
        } while (tokens.isSymbol(','));
        expectSymbol(')');
        if (values.size() != insert.columns().size()) {
            throw tokens.refused("a row of " + values.size() + " values for the " + insert.columns().size()
                    + " columns of " + insert.table());
        }
        return values;
    }

    /** A plain literal as H2 writes it; anything that would be evaluated is refused. */
    private Object literal() throws IOException {
        switch (tokens.kind()) {
            case NUMBER:
                return tokens.number();
            case STRING:
                return tokens.text();
            case WORD:
                switch (tokens.text()) {
                    case "NULL":
                        return null;
                    case "TRUE":
                        return Boolean.TRUE;
                    case "FALSE":
                        return Boolean.FALSE;
                    case "TIMESTAMP":
                        return dateTime(true);
                    case "DATE":
                        return dateTime(false);
                    default:
                        break;
                }
                break;
            default:
                break;
        }
        throw tokens.refused("a value that is not a plain literal (" + shortened(tokens.text()) + " ...)");
    }

    private Object dateTime(boolean withTime) throws IOException {
        advance();
        if (tokens.kind() != ScriptTokens.Kind.STRING) {
            throw tokens.refused("a " + (withTime ? "TIMESTAMP" : "DATE") + " without its value");
        }
        try {
            return withTime ? LocalDateTime.parse(tokens.text().replace(' ', 'T')) : LocalDate.parse(tokens.text());
        } catch (DateTimeParseException e) {
            throw tokens.refused("a time that is not one (" + shortened(tokens.text()) + ")");
        }
    }

    /** {@code "PUBLIC"."NAME"} of a table the migrations make. */
    private String table() throws IOException {
        String name = qualifiedName();
        if (!tables.contains(name)) {
            throw tokens.refused("a table Zhibiao does not make (\"" + shortened(name) + "\")");
        }
        return name;
    }

    private String qualifiedName() throws IOException {
        advance();
        if (tokens.kind() != ScriptTokens.Kind.NAME || !tokens.text().equals("PUBLIC")) {
            throw refusedStatement();
        }
        symbol('.');
        advance();
        if (tokens.kind() != ScriptTokens.Kind.NAME) {
            throw refusedStatement();
        }
        return tokens.text();
    }

    /** The rest of a CREATE TABLE; notes {@code "COLUMN" ... IDENTITY(... RESTART WITH n)} on the way. */
    private Map<String, Long> skipTable() throws IOException {
        Map<String, Long> restarts = new HashMap<>();
        int depth = 0;
        String column = null;
        for (int n = 0; n < MAX_SKIPPED_TOKENS; n++) {
            advance();
            if (tokens.isSymbol('(')) {
                depth++;
            } else if (tokens.isSymbol(')')) {
                depth--;
            } else if (tokens.isSymbol(';') && depth == 0) {
                return restarts;
            } else if (depth == 1 && tokens.kind() == ScriptTokens.Kind.NAME) {
                column = tokens.text();
            } else if (tokens.isWord("RESTART") && column != null) {
                word("WITH");
                advance();
                if (tokens.kind() == ScriptTokens.Kind.NUMBER) {
                    restarts.put(column, tokens.number().longValue());
                }
            } else if (tokens.kind() == ScriptTokens.Kind.END) {
                break;
            }
        }
        throw tokens.refused("a statement that does not end");
    }

    private void skipToEnd() throws IOException {
        for (int n = 0; n < MAX_SKIPPED_TOKENS; n++) {
            advance();
            if (tokens.isSymbol(';')) {
                return;
            }
            if (tokens.kind() == ScriptTokens.Kind.END) {
                break;
            }
        }
        throw tokens.refused("a statement that does not end");
    }

    private void word(String word) throws IOException {
        advance();
        if (!tokens.isWord(word)) {
            throw refusedStatement();
        }
    }

    private void symbol(char c) throws IOException {
        advance();
        expectSymbol(c);
    }

    private void expectSymbol(char c) {
        if (!tokens.isSymbol(c)) {
            throw refusedStatement();
        }
    }

    private void advance() throws IOException {
        tokens.advance();
        if (head.length() < 60) {
            String t = tokens.kind() == ScriptTokens.Kind.NAME ? "\"" + tokens.text() + "\""
                    : tokens.kind() == ScriptTokens.Kind.STRING ? "'...'" : tokens.text();
            char last = head.length() == 0 ? '(' : head.charAt(head.length() - 1);
            head.append(last == '(' || last == '.' || tokens.kind() == ScriptTokens.Kind.SYMBOL ? "" : " ").append(t);
        }
    }

    private ScriptRefusedException refusedStatement() {
        return tokens.refused("a statement Zhibiao's backups never hold (" + shortened(head.toString().strip())
                + " ...)");
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
