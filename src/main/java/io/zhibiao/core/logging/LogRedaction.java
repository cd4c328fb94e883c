package io.zhibiao.core.logging;

import java.util.regex.Pattern;

/**
 * Keeps report text and credentials out of log lines and diagnostics. No log statement of the application
 * writes report text, but exception messages from libraries can carry it (H2 quotes the offending value
 * of a failed statement, a parser the input it choked on), and a log file is sent to other people.
 *
 * <p>Chinese writing longer than a file name or a region name is withheld: a stretch of Han characters,
 * each less than {@link #GAP} characters from the next on the same line and within one path segment,
 * holding more than {@link #LONGEST_KEPT} of them. Values after {@code password=} and the password of a
 * URL's {@code user:password@} are masked.
 */
public final class LogRedaction {
    /** Han characters kept in one stretch: region names, titles and file names are shorter. */
    static final int LONGEST_KEPT = 16;
    /** Non-Han characters that still join two Han characters into one stretch (numbers, units, commas). */
    static final int GAP = 12;
    private static final Pattern PASSWORD_SETTING =
            Pattern.compile("(?i)\\b(password|passwd|pwd)(\\s*[=:]\\s*)([^;&,\\s]+)");
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/:@\\s]+:)([^@/\\s]+)(@)");

    private LogRedaction() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return withoutPasswords(withoutChineseText(text));
    }

    static String withoutPasswords(String text) {
        String masked = PASSWORD_SETTING.matcher(text).replaceAll("$1$2***");
        return URL_PASSWORD.matcher(masked).replaceAll("$1***$3");
    }

    static String withoutChineseText(String text) {
        StringBuilder out = null;
        int stretchStart = -1;
        int lastHanEnd = -1;
        int hanCount = 0;
        int copiedUpTo = 0;
        int i = 0;
        while (i <= text.length()) {
            int cp = i < text.length() ? text.codePointAt(i) : '\n';
            int width = Character.charCount(cp);
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            boolean breaks = cp == '\n' || cp == '\r' || cp == '/' || cp == '\\'
                    || (stretchStart >= 0 && !han && i - lastHanEnd >= GAP);
            if (stretchStart >= 0 && breaks) {
                if (hanCount > LONGEST_KEPT) {
                    out = out != null ? out : new StringBuilder(text.length());
                    out.append(text, copiedUpTo, stretchStart)
                            .append("[text withheld: ").append(text.codePointCount(stretchStart, lastHanEnd))
                            .append(" chars]");
                    copiedUpTo = lastHanEnd;
                }
                stretchStart = -1;
                hanCount = 0;
            }
            if (han) {
                if (stretchStart < 0) {
                    stretchStart = i;
                }
                hanCount++;
                lastHanEnd = i + width;
            }
            i += width;
        }
        return out == null ? text : out.append(text, copiedUpTo, text.length()).toString();
    }
}
