package io.zhibiao.core.corpus;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML body into plain text, one block (list item, table row, div, br) per line and a blank line
 * around paragraphs and headings. Breaks are only written before the next visible text, so markup
 * whitespace between blocks never becomes empty lines.
 */
final class HtmlTextRenderer implements NodeVisitor {

    private static final int NONE = 0;
    private static final int CELL = 1;
    private static final int LINE = 2;
    private static final int PARAGRAPH = 3;

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre");
    private static final Set<String> LINE_TAGS = Set.of(
            "div", "li", "tr", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "section", "article",
            "main", "address", "figure", "figcaption", "center", "hr", "caption", "title");
    private static final Set<String> CELL_TAGS = Set.of("td", "th");

    private final StringBuilder out = new StringBuilder();
    private int pendingBreak = NONE;
    private boolean pendingSpace;
    /** Whether the pending line break came from a br element alone. */
    private boolean pendingFromBr;
    private int preDepth;

    private HtmlTextRenderer() {
    }

    static String render(Element root) {
        HtmlTextRenderer renderer = new HtmlTextRenderer();
        NodeTraversor.traverse(renderer, root);
        return renderer.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            appendText(text.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                // two <br> in a row are how many portals mark a paragraph
                boolean second = pendingBreak == LINE && pendingFromBr;
                requestBreak(second ? PARAGRAPH : LINE);
                pendingFromBr = true;
                return;
            }
            breakAround(tag);
            if (CELL_TAGS.contains(tag) && e.elementSiblingIndex() > 0) {
                requestBreak(CELL);
            }
            if (tag.equals("pre")) {
                preDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            breakAround(e.normalName());
            if (e.normalName().equals("pre")) {
                preDepth--;
            }
        }
    }

    private void breakAround(String tag) {
        if (PARAGRAPH_TAGS.contains(tag)) {
            requestBreak(PARAGRAPH);
        } else if (LINE_TAGS.contains(tag)) {
            requestBreak(LINE);
        }
    }

    private void requestBreak(int level) {
        pendingBreak = Math.max(pendingBreak, level);
        pendingFromBr = false;
    }

    /** Outside pre, whitespace runs render as one space, as in a browser; nbsp counts as whitespace. */
    private void appendText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean blank = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u00A0' || c == '\u3000';
            if (blank && preDepth == 0) {
                pendingSpace = true;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\n') {
                    requestBreak(LINE);
                }
                continue;
            }
            flushPending();
            out.append(c);
        }
    }

    private void flushPending() {
        if (out.length() > 0) {
            switch (pendingBreak) {
                case PARAGRAPH -> out.append("\n\n");
                case LINE -> out.append('\n');
                case CELL -> out.append('\t');
                default -> {
                    if (pendingSpace) {
                        out.append(' ');
                    }
                }
            }
        }
        pendingBreak = NONE;
        pendingSpace = false;
        pendingFromBr = false;
    }
}
