package io.zhibiao.core.export;

import org.apache.poi.ss.util.CellReference;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cell comments and the links to other sheets of one sheet, kept as plain values and written as XML
 * when the workbook is written. POI builds a comment, its VML shape and its links as XMLBeans objects
 * and serialises each shape once more to work around an XMLBeans bug: about a fifth of a millisecond a
 * comment, and over a second for the first thousand in a fresh process. POI still makes the sheet's first
 * comment and first link, which sets up the comments part, the VML drawing, their relationships and
 * content types; {@link FastZipWorkbook} then writes those parts, and the sheet's {@code <hyperlinks>},
 * from these lists instead.
 */
final class SheetExtras {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final Pattern SHAPE_ID = Pattern.compile("_x0000_s(\\d+)");

    /** A comment on a cell, its box {@code height} rows tall, drawn from the next column on. */
    record Note(int row, int column, int height, String text) {
    }

    /** A link from a cell to a place in this workbook ('Sheet'!A1). */
    record Link(int row, int column, String location) {
    }

    private final List<Note> notes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    /** @return true for the sheet's first comment, which POI must also make */
    boolean note(Note n) {
        notes.add(n);
        return notes.size() == 1;
    }

    /** @return true for the sheet's first link, which POI must also make */
    boolean link(Link l) {
        links.add(l);
        return links.size() == 1;
    }

    boolean hasNotes() {
        return !notes.isEmpty();
    }

    boolean hasLinks() {
        return !links.isEmpty();
    }

    /** The comments part: one author, every comment in the order written. */
    byte[] commentsPart() {
        return xml(true, w -> {
            w.writeStartElement("comments");
            w.writeDefaultNamespace(MAIN);
            w.writeStartElement("authors");
            element(w, "author", "Zhibiao");
            w.writeEndElement();
            w.writeStartElement("commentList");
            for (Note n : notes) {
                w.writeStartElement("comment");
                w.writeAttribute("ref", ref(n.row(), n.column()));
                w.writeAttribute("authorId", "0");
                w.writeStartElement("text");
                w.writeStartElement("t");
                w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
                w.writeCharacters(printable(n.text()));
                w.writeEndElement();
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /**
     * The VML drawing that shows the comments: POI's drawing up to its first shape (namespaces, shape
     * layout and the note's shape type), then one hidden note shape per comment, numbered on from POI's.
     */
    byte[] vmlDrawing(byte[] poiDrawing) {
        String poi = new String(poiDrawing, StandardCharsets.UTF_8);
        int firstShape = poi.indexOf("<v:shape ");
        Matcher id = SHAPE_ID.matcher(poi);
        if (firstShape < 0 || !id.find(firstShape)) {
            throw new IllegalStateException("POI's comment drawing has no shape to continue from");
        }
        int nextId = Integer.parseInt(id.group(1));
        StringBuilder out = new StringBuilder(poi.length() + notes.size() * 600).append(poi, 0, firstShape);
        for (Note n : notes) {
            out.append("<v:shape id=\"_x0000_s").append(nextId++)
                    .append("\" type=\"#_x0000_t202\" style=\"position:absolute; visibility:hidden\"")
                    .append(" fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color=\"#ffffe1\"/>")
                    .append("<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>")
                    .append("<v:textbox style=\"mso-direction-alt:auto\"/><x:ClientData ObjectType=\"Note\">")
                    .append("<x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                    .append(n.column() + 1).append(", 0, ").append(n.row()).append(", 0, ")
                    .append(n.column() + 6).append(", 0, ").append(n.row() + n.height()).append(", 0</x:Anchor>")
                    .append("<x:AutoFill>False</x:AutoFill><x:Row>").append(n.row()).append("</x:Row><x:Column>")
                    .append(n.column()).append("</x:Column></x:ClientData></v:shape>");
        }
        return out.append("</xml>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The sheet as POI wrote it (rows come later), its {@code <hyperlinks>} holding every link. */
    byte[] sheetWithLinks(byte[] poiSheet) {
        String poi = new String(poiSheet, StandardCharsets.UTF_8);
        int start = poi.indexOf("<hyperlinks>");
        int end = poi.indexOf("</hyperlinks>");
        if (start < 0 || end < start) {
            throw new IllegalStateException("POI's sheet has no hyperlinks to replace");
        }
        String hyperlinks = new String(xml(false, w -> {
            w.writeStartElement("hyperlinks");
            for (Link l : links) {
                w.writeEmptyElement("hyperlink");
                w.writeAttribute("ref", ref(l.row(), l.column()));
                w.writeAttribute("location", printable(l.location()));
            }
            w.writeEndElement();
        }), StandardCharsets.UTF_8);
        return (poi.substring(0, start) + hyperlinks + poi.substring(end + "</hyperlinks>".length()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private interface XmlWork {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] xml(boolean document, XmlWork work) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter w = XML.createXMLStreamWriter(text);
            if (document) {
                w.writeStartDocument("UTF-8", "1.0");
            }
            work.write(w);
            w.writeEndDocument();
            w.close();
            return text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the comments of a sheet", e);
        }
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    /**
     * The text with what XML cannot hold (control characters but tab and line breaks, lone surrogates,
     * U+FFFE and U+FFFF) as "?", as the cells' own writer does.
     */
    static String printable(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            boolean bad = c < ' ' && c != '\t' && c != '\n' && c != '\r'
                    || Character.isSurrogate(c) && !pair || c >= '\uFFFE';
            if (bad && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(bad ? '?' : c);
                if (pair) {
                    b.append(s.charAt(++i));
                }
            } else if (pair) {
                i++;
            }
        }
        return b == null ? s : b.toString();
    }
}
