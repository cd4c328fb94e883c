package io.zhibiao.core.corpus;

import java.nio.file.Path;

/** Plain-text reports: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK. */
final class PlainTextReader implements FormatReader {

    @Override
    public RawText read(Path file) throws UnreadableFileException {
        DecodedText decoded = TextDecoder.decode(ReportFileReader.readBytes(file));
        String text = ReportFileReader.requireText(decoded.text(), "blank", "empty file (only whitespace)");
        return new RawText(text, decoded.encoding(), "txt");
    }
}
