package io.zhibiao.core.corpus;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the charset an HTML page declares in a meta tag, the way browsers pre-scan the first bytes. */
final class HtmlCharsetSniffer {

    private static final int SCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharsetSniffer() {
    }

    /** The declared charset, or null if none is declared or Java does not know it. */
    static Charset declared(byte[] bytes) {
        // ISO-8859-1 maps every byte to one char, so ASCII markup is found whatever the real encoding
        String head = new String(bytes, 0, Math.min(bytes.length, SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("gb_2312-80")) {
            // pages labelled gb2312 routinely contain GBK-only characters; browsers decode them as GB18030 too
            return TextDecoder.GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static String displayName(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
    }
}
