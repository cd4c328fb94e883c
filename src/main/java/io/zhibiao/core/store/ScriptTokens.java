package io.zhibiao.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

/**
 * The tokens of a SQL script as H2's {@code SCRIPT} writes it: pure ASCII (it writes every other character
 * as a {@code U&'\4e2d'} escape), so anything else is not such a script. Words, quoted names, string
 * literals (with {@code ''} and the U& escapes decoded), numbers and single symbols; {@code --} comments and
 * blanks are skipped. Nothing here knows SQL; {@link ScriptStatements} reads the statements.
 */
final class ScriptTokens {
    enum Kind { WORD, NAME, STRING, NUMBER, SYMBOL, END }

    private final InputStream in;
    private final int maxChars;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int line = 1;

    private Kind kind;
    private String text;
    private int tokenLine;

    /** @param maxChars the longest literal read at all (a report text can be tens of millions of characters) */
    ScriptTokens(InputStream in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    Kind kind() {
        return kind;
    }

    /** A word in upper case, a name without its quotes, a string's value, a number or symbol as written. */
    String text() {
        return text;
    }

    int line() {
        return tokenLine;
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && text.charAt(0) == c;
    }

    BigDecimal number() {
        return new BigDecimal(text);
    }

    /** Moves to the next token. */
    Kind advance() throws IOException {
        int c = skipBlanks();
        tokenLine = line;
        if (c < 0) {
            kind = Kind.END;
            text = "";
        } else if (c == '\'') {
            read();
            kind = Kind.STRING;
            text = quoted('\'', false);
        } else if (c == '"') {
            read();
            kind = Kind.NAME;
            text = quoted('"', false);
        } else if ((c == 'U' || c == 'u') && peek(1) == '&') {
            read();
            read();
            if (read() != '\'') {
                throw refused("U& not followed by a string");
            }
            kind = Kind.STRING;
            text = quoted('\'', true);
        } else if (isLetter(c)) {
            kind = Kind.WORD;
            text = word();
        } else if (c == '-' || isDigit(c)) {
            kind = Kind.NUMBER;
            text = number(c);
        } else if ("(),;.".indexOf(c) >= 0) {
            read();
            kind = Kind.SYMBOL;
            text = String.valueOf((char) c);
        } else {
            throw refused("a character no Zhibiao backup script holds (" + describe(c) + ")");
        }
        return kind;
    }

    /** The refusal of the script at the current token's line. */
    ScriptRefusedException refused(String what) {
        return new ScriptRefusedException(tokenLine, what);
    }

    private int skipBlanks() throws IOException {
        while (true) {
            int c = peek();
            if (c == '\n') {
                line++;
                read();
            } else if (c == ' ' || c == '\t' || c == '\r') {
                read();
            } else if (c == '-' && peek(1) == '-') {
                while (peek() >= 0 && peek() != '\n') {
                    read();
                }
            } else {
                return c;
            }
        }
    }

    private String quoted(char quote, boolean unicode) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = read();
            if (c < 0) {
                throw refused("a " + (quote == '"' ? "name" : "string") + " that never ends");
            }
            if (c == '\n') {
                line++;
            }
            if (c == quote) {
                if (peek() != quote) {
                    return sb.toString();
                }
                read();
            } else if (unicode && c == '\\') {
                c = escape();
            }
            if (sb.length() >= maxChars) {
                throw refused("a value longer than " + maxChars + " characters");
            }
            sb.appendCodePoint(c);
        }
    }

    /** After a backslash in a U& string: another backslash, {@code XXXX} or {@code +XXXXXX} in hex. */
    private int escape() throws IOException {
        if (peek() == '\\') {
            return read();
        }
        int digits = 4;
        if (peek() == '+') {
            read();
            digits = 6;
        }
        int value = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(read(), 16);
            if (d < 0) {
                throw refused("a broken \\ escape in a U& string");
            }
            value = value * 16 + d;
        }
        if (value > Character.MAX_CODE_POINT) {
            throw refused("a \\ escape beyond Unicode in a U& string");
        }
        return value;
    }

    private String word() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (isLetter(peek()) || isDigit(peek())) {
            sb.append((char) Character.toUpperCase(read()));
            if (sb.length() > 128) {
                throw refused("a word longer than SQL has");
            }
        }
        return sb.toString();
    }

    /** {@code -?digits[.digits][E[+-]digits]}, the way H2 writes every number. */
    private String number(int first) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (first == '-') {
            sb.append((char) read());
            if (!isDigit(peek())) {
                throw refused("a '-' that starts no number");
            }
        }
        digits(sb);
        if (peek() == '.') {
            sb.append((char) read());
            digits(sb);
        }
        if (peek() == 'E' || peek() == 'e') {
            sb.append((char) read());
            if (peek() == '+' || peek() == '-') {
                sb.append((char) read());
            }
            digits(sb);
        }
        if (isLetter(peek())) {
            throw refused("a number run into a word");
        }
        return sb.toString();
    }

    private void digits(StringBuilder sb) throws IOException {
        int start = sb.length();
        while (isDigit(peek())) {
            sb.append((char) read());
            if (sb.length() > 100) {
                throw refused("a number of more than 100 digits");
            }
        }
        if (sb.length() == start) {
            throw refused("a number without digits");
        }
    }

    private int peek() throws IOException {
        return peek(0);
    }

    /** The byte {@code ahead} places on, -1 at the end; only ASCII is accepted. */
    private int peek(int ahead) throws IOException {
        if (position + ahead >= limit) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
            while (limit <= ahead) {
                int n = in.read(buffer, limit, buffer.length - limit);
                if (n < 0) {
                    return -1;
                }
                limit += n;
            }
        }
        int c = buffer[position + ahead];
        if (c < 0) {
            throw new ScriptRefusedException(line, "a byte that is not ASCII (0x"
                    + Integer.toHexString(c & 0xFF).toUpperCase(java.util.Locale.ROOT) + ")");
        }
        return c;
    }

    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            position++;
        }
        return c;
    }

    private static boolean isLetter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static String describe(int c) {
        return c >= ' ' && c < 0x7F ? "'" + (char) c + "'" : "0x" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    }
}
