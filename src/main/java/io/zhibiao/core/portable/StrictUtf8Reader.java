package io.zhibiao.core.portable;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads UTF-8 and nothing else. Jackson's own decoder accepts overlong forms ({@code C0 AF} for '/'),
 * encoded surrogates and code points beyond U+10FFFF, and guesses UTF-16 or UTF-32 from the first bytes;
 * the JDK's decoder set to REPORT refuses all of them. A leading byte-order mark is skipped. Lines are
 * counted as Jackson counts them (LF, CR or CRLF), so a refusal names the line and column of the bad bytes.
 */
final class StrictUtf8Reader extends Reader {
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK).flip();
    private final CharBuffer chars = CharBuffer.allocate(CHUNK).flip();
    private boolean endOfInput;
    private boolean flushed;
    private boolean started;
    private long line = 1;
    private long column = 1;
    private boolean afterCr;

    /** The bytes at a line and column are not UTF-8. */
    static final class MalformedException extends CharacterCodingException {
        private final long line;
        private final long column;
        private final String bytes;

        MalformedException(long line, long column, String bytes) {
            this.line = line;
            this.column = column;
            this.bytes = bytes;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }

        @Override
        public String getMessage() {
            return "the bytes " + bytes + " at line " + line + ", column " + column + " are not UTF-8";
        }
    }

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    /** Decodes the next characters; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !flushed) {
            if (!endOfInput && bytes.remaining() < 4) {
                readBytes();
            }
            int from = chars.position();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            count(from);
            if (result.isError()) {
                throw new MalformedException(line, column, hex(bytes, result.length()));
            }
            if (endOfInput && !bytes.hasRemaining()) {
                decoder.flush(chars);
                flushed = true;
            } else if (result.isUnderflow() && !endOfInput) {
                readBytes();
            }
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        return chars.hasRemaining();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void count(int from) {
        for (int i = from; i < chars.position(); i++) {
            char c = chars.get(i);
            if (c == '\n') {
                if (!afterCr) {
                    line++;
                }
                column = 1;
                afterCr = false;
            } else if (c == '\r') {
                line++;
                column = 1;
                afterCr = true;
            } else {
                column++;
                afterCr = false;
            }
        }
    }

    private static String hex(ByteBuffer buffer, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length && buffer.position() + i < buffer.limit(); i++) {
            sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", buffer.get(buffer.position() + i)));
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
