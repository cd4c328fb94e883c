package io.zhibiao.core.corpus;

/**
 * The text of a report file as read from disk, before cleaning.
 *
 * @param text     the decoded text, shown to the analyst as the original
 * @param encoding the encoding detected or the container read: UTF-8, UTF-8 (BOM), UTF-16LE, GB18030, ...
 * @param format   the file format: txt, md, html, docx or pdf
 */
public record RawText(String text, String encoding, String format) {
}
