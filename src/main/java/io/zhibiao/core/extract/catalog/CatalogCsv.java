package io.zhibiao.core.extract.catalog;

import io.zhibiao.core.model.Measure;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Catalog files as CSV, read and written by Commons CSV so that a name holding a comma, a quote or a line
 * break survives a round trip. Columns: code, name_zh, name_en, aliases and measures and units
 * ({@code |}-separated), category; a user catalog adds {@code retired} (yes or empty). The header row is
 * required, so a file with its columns in another order or a column missing is refused, not misread.
 *
 * <p>Bundled rows are whole: a code and a Chinese name are required, no measure means level. A user
 * catalog's row for a bundled code may leave any field empty to keep the bundled one.
 */
public final class CatalogCsv {
    public static final List<String> COLUMNS =
            List.of("code", "name_zh", "name_en", "aliases", "category", "measures", "units");
    public static final List<String> LAYER_COLUMNS = List.of("code", "name_zh", "name_en", "aliases",
            "category", "measures", "units", "retired");
    /** The longest code and name the store's columns hold. */
    static final int MAX_CODE = 100;
    static final int MAX_NAME = 1000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]+");
    private static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(false).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private CatalogCsv() {
    }

    /** Reads the bundled catalog's format: every row whole. */
    public static List<CatalogRow> readWhole(Reader reader, String source) {
        return read(reader, source, false);
    }

    /** Reads a user catalog: rows may leave fields empty and carry a retired column. */
    public static List<CatalogRow> readLayer(Reader reader, String source) {
        return read(reader, source, true);
    }

    private static List<CatalogRow> read(Reader reader, String source, boolean layer) {
        List<CatalogRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(withoutBom(reader)).setFormat(READ).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long line = 1;
            List<String> header = null;
            while (true) {
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    r = records.next();
                } catch (UncheckedIOException e) {
                    throw new CatalogException(source + " line " + line + ": "
                            + readable(e.getCause()), e);
                }
                CatalogPlace place = new CatalogPlace(source, startLine(r, parser, line));
                line = parser.getCurrentLineNumber() + 1;
                if (header == null) {
                    header = header(r, place, layer);
                    continue;
                }
                if (r.size() != header.size()) {
                    throw new CatalogException(place + ": expected " + header.size() + " columns ("
                            + String.join(",", header) + "), found " + r.size());
                }
                rows.add(row(r, header, place, layer));
            }
            if (header == null) {
                throw new CatalogException(source + " line 1: the file is empty; expected the header "
                        + String.join(",", COLUMNS));
            }
            return rows;
        } catch (IOException e) {
            throw new CatalogException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The line the record starts on: the parser counts line breaks, a quoted field may hold some. */
    private static long startLine(CSVRecord r, CSVParser parser, long afterPrevious) {
        long breaks = 0;
        for (String v : r.values()) {
            breaks += v.chars().filter(c -> c == '\n').count();
        }
        return Math.max(afterPrevious, parser.getCurrentLineNumber() - breaks);
    }

    private static List<String> header(CSVRecord r, CatalogPlace place, boolean layer) {
        List<String> names = new ArrayList<>();
        for (String v : r.values()) {
            names.add(v.strip());
        }
        List<String> allowed = layer ? LAYER_COLUMNS : COLUMNS;
        int required = COLUMNS.size() - 1;
        if (names.size() < required || names.size() > allowed.size()
                || !names.equals(allowed.subList(0, names.size()))) {
            throw new CatalogException(place + ": expected the header " + String.join(",", allowed)
                    + " (units" + (layer ? " and retired" : "") + " may be left out), found " + String.join(",", names));
        }
        return List.copyOf(names);
    }

    private static CatalogRow row(CSVRecord r, List<String> header, CatalogPlace place, boolean layer) {
        String code = r.get(0).strip();
        Set<Measure> measures = EnumSet.noneOf(Measure.class);
        for (String m : split(r.get(5))) {
            try {
                measures.add(Measure.fromId(m));
            } catch (IllegalArgumentException ex) {
                throw new CatalogException(place + ": unknown measure '" + m + "' (use growth, level or rate)");
            }
        }
        if (measures.isEmpty() && !layer) {
            measures.add(Measure.LEVEL);
        }
        Set<String> units = header.size() > 6 ? new LinkedHashSet<>(split(r.get(6))) : Set.of();
        boolean retired = false;
        if (header.size() > 7) {
            String flag = r.get(7).strip();
            if (!flag.isEmpty() && !flag.equals("yes")) {
                throw new CatalogException(place + ": retired is 'yes' or empty, not '" + flag + "'");
            }
            retired = flag.equals("yes");
        }
        CatalogEntry entry = new CatalogEntry(code, r.get(1).strip(), r.get(2).strip(), split(r.get(3)),
                r.get(4).strip(), Collections.unmodifiableSet(measures), Collections.unmodifiableSet(units));
        check(entry, place, layer);
        return new CatalogRow(entry, place, retired);
    }

    /**
     * Refuses an entry no catalog file could hold: an empty or malformed code, a name longer than the store
     * keeps, an alias or unit holding {@code |} (the separator), and in a whole row a missing Chinese name.
     */
    public static void check(CatalogEntry e, CatalogPlace place, boolean partial) {
        String code = e.code();
        if (code.isEmpty()) {
            throw new CatalogException(place + ": the code is empty");
        }
        if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            throw new CatalogException(place + ": the code '" + code + "' is not one (letters, digits and _, at most "
                    + MAX_CODE + ")");
        }
        if (e.nameZh().isEmpty() && !partial) {
            throw new CatalogException(place + ": " + code + " has no Chinese name (name_zh)");
        }
        for (String name : List.of(e.nameZh(), e.nameEn())) {
            if (name.length() > MAX_NAME) {
                throw new CatalogException(place + ": a name of " + code + " is longer than " + MAX_NAME + " characters");
            }
        }
        List<String> phrases = new ArrayList<>(e.aliases());
        phrases.addAll(e.typicalUnits());
        for (String p : phrases) {
            if (p.isBlank() || p.contains("|") || p.length() > MAX_NAME) {
                throw new CatalogException(place + ": '" + p + "' of " + code
                        + " is no alias or unit (empty, holding '|' or longer than " + MAX_NAME + " characters)");
            }
        }
    }

    /** Writes whole entries in the bundled catalog's columns. */
    public static void writeWhole(List<CatalogEntry> entries, Writer out) throws IOException {
        // not closed: the caller owns the writer (an atomic write closes its file itself)
        CSVPrinter p = new CSVPrinter(out, WRITE);
        p.printRecord(COLUMNS);
        for (CatalogEntry e : entries) {
            p.printRecord(fields(e));
        }
        p.flush();
    }

    /** Writes a user catalog: its rows in the bundled columns and retired. */
    public static void writeLayer(List<CatalogRow> rows, Writer out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, WRITE);
        p.printRecord(LAYER_COLUMNS);
        for (CatalogRow r : rows) {
            List<String> f = new ArrayList<>(fields(r.entry()));
            f.add(r.retired() ? "yes" : "");
            p.printRecord(f);
        }
        p.flush();
    }

    private static List<String> fields(CatalogEntry e) {
        return List.of(e.code(), e.nameZh(), e.nameEn(), String.join("|", e.aliases()), e.category(),
                String.join("|", e.measures().stream().map(Measure::id).toList()), String.join("|", e.typicalUnits()));
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank() && !out.contains(s.strip())) {
                out.add(s.strip());
            }
        }
        return List.copyOf(out);
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    private static String readable(Throwable e) {
        String m = e == null ? null : e.getMessage();
        if (m == null) {
            return "the file is not valid CSV";
        }
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed";
        }
        if (m.contains("invalid char between encapsulated token and delimiter")) {
            return "text follows a closing quote (write a quote inside a quoted field as \"\")";
        }
        return "the file is not valid CSV: " + m;
    }
}
