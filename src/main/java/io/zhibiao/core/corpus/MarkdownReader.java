package io.zhibiao.core.corpus;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

import java.nio.file.Path;

/**
 * Markdown reports, as collected from government portals: an optional front-matter block, bold headings,
 * escapes. The text kept is what a reader of the rendered page sees, so markup never reaches the analyst
 * and every offset points into that text. The front matter's title becomes the first line, where a Word
 * report has its title.
 */
final class MarkdownReader implements FormatReader {
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build();

    @Override
    public RawText read(Path file) throws UnreadableFileException {
        DecodedText decoded = TextDecoder.decode(ReportFileReader.readBytes(file));
        return new RawText(render(decoded.text()), decoded.encoding(), "md");
    }

    static String render(String markdown) throws UnreadableFileException {
        FrontMatter front = FrontMatter.split(markdown);
        // CommonMark leaves **——经济运行稳中有进。**地区… as it is (a closing ** after punctuation and before a
        // letter does not close); such pairs are emphasis all the same, and never report text
        String body = RENDERER.render(PARSER.parse(front.body())).replace("**", "").strip();
        String title = front.title();
        String text = title == null || title.isBlank() || body.startsWith(title) ? body : title + "\n\n" + body;
        return ReportFileReader.requireText(text, "noTextMarkdown", "empty file (no text in the Markdown)");
    }
}
