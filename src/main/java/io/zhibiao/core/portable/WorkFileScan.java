package io.zhibiao.core.portable;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The first pass over a work file, token by token and without building anything: finds broken syntax,
 * reads the format and version, counts the tags, documents, indicators and history events against the
 * {@link WorkFileLimits} and notes the line where each document and indicator starts. Memory stays small
 * whatever the file holds, so a file too large to read is refused before it is read.
 */
final class WorkFileScan {
    private final Path file;
    private final WorkFileLimits limits;
    private String format;
    private Integer version;
    /** The first limit the file goes over; reported once the file is known to be a work file at all. */
    private String overLimit;
    private final List<Integer> documentLines = new ArrayList<>();
    private final List<int[]> indicatorLines = new ArrayList<>();

    private WorkFileScan(Path file, WorkFileLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** @throws WorkFileException naming the problem and its line */
    static WorkFileLines scan(Path file, WorkFileLimits limits, ObjectMapper mapper) {
        WorkFileScan scan = new WorkFileScan(file, limits);
        try (JsonParser p = mapper.createParser(new StrictUtf8Reader(Files.newInputStream(file)))) {
            try {
                scan.root(p);
            } catch (IOException e) {
                throw WorkFileReader.unreadable(file, "not valid JSON", e, p, limits);
            }
        } catch (IOException e) {
            throw WorkFileReader.unreadable(file, "not valid JSON", e, null, limits);
        }
        return scan.checked();
    }

    private void root(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new WorkFileException("The file " + file + " is not a Zhibiao work file: it does not start "
                    + "with a JSON object" + WorkFileReader.at(p.currentLocation()) + ".");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("format".equals(name) && value == JsonToken.VALUE_STRING) {
                format = p.getText();
            } else if ("version".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                version = p.getIntValue();
            } else if ("tags".equals(name) && value == JsonToken.START_ARRAY) {
                tags(p);
            } else if ("documents".equals(name) && value == JsonToken.START_ARRAY) {
                documents(p);
            } else if ("catalog".equals(name) && value == JsonToken.START_ARRAY) {
                catalog(p);
            } else {
                p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw new WorkFileException("The work file " + file + " has text after its end"
                    + WorkFileReader.at(p.currentLocation()) + ".");
        }
    }

    private void tags(JsonParser p) throws IOException {
        int count = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (++count > limits.tags()) {
                over("more than " + number(limits.tags()) + " tags", p.currentTokenLocation());
            }
            objectWithHistory(p, "tag");
        }
    }

    private void catalog(JsonParser p) throws IOException {
        int count = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (++count > WorkFileLimits.CATALOG_ROWS) {
                over("more than " + number(WorkFileLimits.CATALOG_ROWS) + " catalog rows", p.currentTokenLocation());
            }
            p.skipChildren();
        }
    }

    private void documents(JsonParser p) throws IOException {
        int count = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation start = p.currentTokenLocation();
            if (++count > limits.documents()) {
                over("more than " + number(limits.documents()) + " documents", start);
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            if (overLimit == null) {
                documentLines.add(start.getLineNr());
            }
            int[] lines = new int[0];
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("indicators".equals(name) && value == JsonToken.START_ARRAY) {
                    lines = indicators(p, start);
                } else if ("history".equals(name) && value == JsonToken.START_ARRAY) {
                    history(p, "document", start);
                } else {
                    p.skipChildren();
                }
            }
            if (overLimit == null) {
                indicatorLines.add(lines);
            }
        }
    }

    private int[] indicators(JsonParser p, JsonLocation document) throws IOException {
        int[] lines = new int[16];
        int count = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation start = p.currentTokenLocation();
            if (count >= limits.indicatorsPerDocument()) {
                over("more than " + number(limits.indicatorsPerDocument()) + " indicators in the document"
                        + WorkFileReader.at(document), start);
            }
            if (overLimit == null) {
                if (count == lines.length) {
                    lines = Arrays.copyOf(lines, lines.length * 2);
                }
                lines[count] = start.getLineNr();
            }
            count++;
            objectWithHistory(p, "indicator");
        }
        return overLimit == null ? Arrays.copyOf(lines, count) : new int[0];
    }

    /** A tag or indicator: its history is counted, the rest skipped. */
    private void objectWithHistory(JsonParser p, String what) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        JsonLocation start = p.currentTokenLocation();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.START_ARRAY && "history".equals(name)) {
                history(p, what, start);
            } else {
                p.skipChildren();
            }
        }
    }

    private void history(JsonParser p, String owner, JsonLocation ownerStart) throws IOException {
        int count = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (++count > limits.historyPerItem()) {
                over("more than " + number(limits.historyPerItem()) + " history events for the " + owner
                        + WorkFileReader.at(ownerStart), p.currentTokenLocation());
            }
            p.skipChildren();
        }
    }

    private void over(String what, JsonLocation where) {
        if (overLimit == null) {
            overLimit = "it holds " + what + " (the first beyond the limit starts" + WorkFileReader.at(where)
                    + "); a real work file holds far fewer";
            documentLines.clear();
            indicatorLines.clear();
        }
    }

    private WorkFileLines checked() {
        if (!WorkFile.FORMAT.equals(format)) {
            throw new WorkFileException("The file " + file + " is not a Zhibiao work file: its \"format\" is "
                    + (format == null ? "missing" : "\"" + format + "\"") + ", expected \"" + WorkFile.FORMAT + "\".");
        }
        if (version == null || version < 1) {
            throw new WorkFileException("The work file " + file + " has no valid \"version\".");
        }
        if (version > WorkFile.VERSION) {
            throw new WorkFileException("The work file " + file + " was written by a newer Zhibiao (format version "
                    + version + "); this version reads up to version " + WorkFile.VERSION + ". Please update Zhibiao.");
        }
        if (overLimit != null) {
            throw new WorkFileException("The work file " + file + " was not read: " + overLimit + ".");
        }
        int[] documents = documentLines.stream().mapToInt(Integer::intValue).toArray();
        return new WorkFileLines(documents, List.copyOf(indicatorLines));
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
