package io.zhibiao.core.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a plain-text report without ever guessing wrong silently.
 * Order: byte-order mark, then strict UTF-8, then strict GB18030 (a superset of GB2312 and GBK).
 * Strict decoding matters: a lenient decoder turns GBK bytes into U+FFFD mojibake that looks like text.
 */
final class TextDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** Share of control characters above which decoded "text" is really binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** Share of unusual code points above which a GB18030 decode is taken to be some other encoding. */
    private static final double MAX_UNUSUAL_SHARE = 0.10;

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes) throws UnreadableFileException {
        DecodedText decoded = decodeByBom(bytes);
        if (decoded == null) {
            if (indexOfNul(bytes) >= 0) {
                throw new UnreadableFileException("binary", "binary file (contains NUL bytes), not text", null);
            }
            decoded = decodeWithoutBom(bytes);
        }
        rejectBinary(decoded.text());
        return decoded;
    }

    /** Decodes with a declared charset if the bytes really are in it; null if they are not. */
    static DecodedText tryStrict(byte[] bytes, Charset charset, String name) {
        String text = strict(bytes, 0, charset);
        return text == null ? null : new DecodedText(text, name);
    }

    private static DecodedText decodeByBom(byte[] b) throws UnreadableFileException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return require(strict(b, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return require(strict(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return require(strict(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        return null;
    }

    private static DecodedText decodeWithoutBom(byte[] bytes) throws UnreadableFileException {
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new DecodedText(utf8, "UTF-8");
        }
        if (isMostlyUtf8(bytes)) {
            // a UTF-8 file with a few damaged bytes (cut download, bad copy) must not be re-read as GB18030 mojibake
            return new DecodedText(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
        }
        String gb = strictAllowingCutEnds(bytes, GB18030);
        if (gb != null && unusualShare(gb) <= MAX_UNUSUAL_SHARE) {
            return new DecodedText(gb, "GB18030");
        }
        throw new UnreadableFileException("undecodable",
                "undecodable text: neither UTF-8, UTF-16 nor GB18030/GBK (binary file?)", null);
    }

    /**
     * Whether valid multi-byte UTF-8 sequences outnumber broken ones by far. GBK text read as UTF-8 breaks at
     * nearly every Chinese character, so a handful of errors among thousands of valid sequences means damage.
     */
    private static boolean isMostlyUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int lead = b[i] & 0xFF;
            int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
                continue;
            }
            boolean ok = length > 0 && i + length <= b.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return invalid > 0 && valid >= 50 * invalid;
    }

    private static DecodedText require(String text, String encoding) throws UnreadableFileException {
        if (text == null) {
            throw new UnreadableFileException("badBom", "undecodable text: starts with a " + encoding
                    + " byte-order mark but is not valid " + encoding, null, String.valueOf(encoding));
        }
        return new DecodedText(text, encoding);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        return strict(bytes, offset, bytes.length - offset, charset);
    }

    private static String strict(byte[] bytes, int offset, int length, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Strict decoding of text that may have been cut inside a character at either end (a partial download,
     * a piece copied out of a larger file): a GB18030 character is up to four bytes, so up to three stray
     * bytes at the end are dropped, and the first byte when it may be the trail of a cut character. Anything
     * broken in the middle still fails, so a file in another encoding is not taken for GB18030.
     */
    private static String strictAllowingCutEnds(byte[] bytes, Charset charset) {
        String aligned = strictDroppingTail(bytes, 0, charset);
        if (bytes.length == 0 || (bytes[0] & 0xFF) < 0x80) {
            return aligned;
        }
        String shifted = strictDroppingTail(bytes, 1, charset);
        if (aligned == null || shifted == null) {
            return aligned != null ? aligned : shifted;
        }
        // Both readings are "valid": GB18030 maps almost every byte pair. Read one byte out of step, Chinese
        // text turns into random characters, about half of them rare; real text uses the common ones.
        return commonHanziShare(shifted) > commonHanziShare(aligned) ? shifted : aligned;
    }

    private static String strictDroppingTail(byte[] bytes, int head, Charset charset) {
        for (int tail = 0; tail <= 3 && head + tail < bytes.length; tail++) {
            String text = strict(bytes, head, bytes.length - head - tail, charset);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** Share of ideographs in GB2312's first level, the 3,755 most common characters. */
    private static double commonHanziShare(String text) {
        java.nio.charset.CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        int hanzi = 0;
        int common = 0;
        byte[] out = new byte[4];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x4E00 || c > 0x9FFF) {
                continue;
            }
            hanzi++;
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(out);
            gb2312.reset();
            if (!gb2312.encode(java.nio.CharBuffer.wrap(new char[] {c}), buffer, true).isError()
                    && buffer.position() == 2 && (out[0] & 0xFF) >= 0xB0 && (out[0] & 0xFF) <= 0xD7) {
                common++;
            }
        }
        return hanzi == 0 ? 0 : (double) common / hanzi;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void rejectBinary(String text) throws UnreadableFileException {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        if (text.length() > 0 && controls > text.length() * MAX_CONTROL_SHARE) {
            throw new UnreadableFileException("binary", "binary file (mostly control characters), not text", null);
        }
    }

    /**
     * GB18030 maps every well-formed byte sequence somewhere, so text in another encoding can decode
     * "successfully" into rare symbols and private-use characters; real Chinese text almost never does.
     */
    private static double unusualShare(String text) {
        int unusual = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isUsual(text.charAt(i))) {
                unusual++;
            }
        }
        return text.isEmpty() ? 0 : (double) unusual / text.length();
    }

    private static boolean isUsual(char c) {
        return c < 0x250                                // ASCII and Latin
                || (c >= 0x2000 && c <= 0x27BF)         // general punctuation, symbols, enclosed numbers, shapes
                || (c >= 0x3000 && c <= 0x30FF)         // CJK punctuation, kana
                || (c >= 0x3400 && c <= 0x9FFF)         // CJK ideographs
                || (c >= 0xFF00 && c <= 0xFFEF)         // full-width forms
                || (c >= 0x0370 && c <= 0x04FF)         // Greek and Cyrillic, both in GB2312
                || c == 0x2116;
    }
}
