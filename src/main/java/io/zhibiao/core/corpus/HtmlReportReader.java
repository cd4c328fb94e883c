package io.zhibiao.core.corpus;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Web pages saved as HTML. The page is only parsed (jsoup never runs scripts); page chrome is dropped
 * and block structure becomes line breaks so the text reads like the page.
 */
final class HtmlReportReader implements FormatReader {

    @Override
    public RawText read(Path file) throws UnreadableFileException {
        byte[] bytes = ReportFileReader.readBytes(file);
        DecodedText decoded = decode(bytes);
        Document document = Jsoup.parse(decoded.text());
        Element body = document.body();
        HtmlNoiseFilter.removeNoise(body);
        String text = HtmlTextRenderer.render(body);
        ReportFileReader.requireText(text, "noTextHtml", "no text found in the web page (only markup or navigation)");
        return new RawText(text, decoded.encoding(), "html");
    }

    /** A declared charset wins only if the bytes really are in it: mislabelled pages are common. */
    private static DecodedText decode(byte[] bytes) throws UnreadableFileException {
        Charset declared = HtmlCharsetSniffer.declared(bytes);
        if (declared != null && !startsWithBom(bytes)) {
            DecodedText strict = TextDecoder.tryStrict(bytes, declared, HtmlCharsetSniffer.displayName(declared));
            if (strict != null) {
                return strict;
            }
        }
        return TextDecoder.decode(bytes);
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF));
    }
}
