package io.zhibiao.core.corpus;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns an HTML body into plain text, one block (paragraph, list item, table row, ...) per line. */
final class HtmlTextRenderer implements NodeVisitor {

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre");
    private static final Set<String> LINE_TAGS = Set.of(
            "div", "li", "tr", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "section", "article",
            "main", "address", "figure", "figcaption", "center", "hr", "caption", "title");
    private static final Set<String> CELL_TAGS = Set.of("td", "th");

    private final StringBuilder out = new StringBuilder();
    private int preDepth;

    private HtmlTextRenderer() {
    }

    static String render(Element root) {
        HtmlTextRenderer renderer = new HtmlTextRenderer();
        NodeTraversor.traverse(renderer, root);
        return tidyLines(renderer.out);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            appendText(text);
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                out.append('\n');
            } else if (PARAGRAPH_TAGS.contains(tag)) {
                out.append("\n\n");
            } else if (LINE_TAGS.contains(tag)) {
                out.append('\n');
            } else if (CELL_TAGS.contains(tag) && e.elementSiblingIndex() > 0) {
                out.append('\t');
            }
            if (tag.equals("pre")) {
                preDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (PARAGRAPH_TAGS.contains(tag)) {
                out.append("\n\n");
            } else if (LINE_TAGS.contains(tag)) {
                out.append('\n');
            }
            if (tag.equals("pre")) {
                preDepth--;
            }
        }
    }

    /** Outside pre, whitespace runs render as one space, as in a browser. */
    private void appendText(TextNode node) {
        String s = node.getWholeText();
        if (preDepth > 0) {
            out.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c == '\u00A0' ? ' ' : c);
            }
        }
    }

    /** Trims each line and keeps at most one blank line between blocks. */
    private static String tidyLines(CharSequence raw) {
        StringBuilder result = new StringBuilder(raw.length());
        int blankRun = 0;
        for (String line : raw.toString().split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                blankRun++;
                continue;
            }
            if (result.length() > 0) {
                result.append(blankRun > 0 ? "\n\n" : "\n");
            }
            result.append(trimmed);
            blankRun = 0;
        }
        return result.toString();
    }
}
