package io.zhibiao.core.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block between two {@code ---} lines that opens many Markdown files. Only its {@code title:} is
 * used; the rest (source, date) is portal bookkeeping that the report text does not need.
 */
record FrontMatter(String title, String body) {
    private static final Pattern BLOCK = Pattern.compile("\\A\\s*---[ \\t]*\\R(.*?)\\R(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)",
            Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("(?m)^title[ \\t]*:[ \\t]*(.*?)[ \\t]*$");

    static FrontMatter split(String markdown) {
        Matcher block = BLOCK.matcher(markdown);
        if (!block.find()) {
            return new FrontMatter(null, markdown);
        }
        Matcher title = TITLE.matcher(block.group(1));
        return new FrontMatter(title.find() ? unquote(title.group(1)) : null, markdown.substring(block.end()));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }
}
