package io.zhibiao.core.portable;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and checks a work file before anything is written: first {@link WorkFileScan}, a pass over the
 * JSON that finds broken syntax, reads the format and version and counts what the file holds against the
 * {@link WorkFileLimits}; then the full reading. Both decode UTF-8 strictly ({@link StrictUtf8Reader}) and
 * refuse a key given twice in one object; every error names the line and column.
 */
public final class WorkFileReader {
    /** A work file as read, with the line of each document and indicator for later messages. */
    record Located(WorkFile work, WorkFileLines lines) {
    }

    private WorkFileReader() {
    }

    /** @throws WorkFileException naming the problem (and line) when the file is not a readable work file */
    public static WorkFile read(Path file) {
        return read(file, WorkFileLimits.DEFAULT).work();
    }

    static Located read(Path file, WorkFileLimits limits) {
        if (!Files.isRegularFile(file)) {
            throw new WorkFileException("The work file " + file + " does not exist.");
        }
        checkSize(file, limits);
        ObjectMapper mapper = WorkJson.mapper(limits);
        WorkFileLines lines = WorkFileScan.scan(file, limits, mapper);
        WorkFile work;
        try (JsonParser p = mapper.createParser(new StrictUtf8Reader(Files.newInputStream(file)))) {
            try {
                work = mapper.readValue(p, WorkFile.class);
            } catch (IOException e) {
                throw unreadable(file, "not valid", e, p, limits);
            }
        } catch (IOException e) {
            throw unreadable(file, "not valid", e, null, limits);
        }
        checkTagsAreListed(file, work);
        return new Located(work, lines);
    }

    private static void checkSize(Path file, WorkFileLimits limits) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new WorkFileException("Could not read " + file + ": " + e.getMessage(), e);
        }
        if (size > limits.fileBytes()) {
            throw new WorkFileException(String.format(Locale.ROOT, "The work file %s was not read: it is %,d bytes, "
                    + "more than the %,d bytes a work file may have (the full review of 40,000 indicators takes 58 MB).",
                    file, size, limits.fileBytes()));
        }
    }

    /** The exception for a file that failed to read: the problem in plain words, with line and column. */
    /**
     * @param parser where it stopped, for an error that does not say where it happened (a text over the length
     *               limit); null when the file did not open
     */
    static WorkFileException unreadable(Path file, String what, IOException e, JsonParser parser,
                                        WorkFileLimits limits) {
        if (e instanceof StrictUtf8Reader.MalformedException m) {
            return new WorkFileException("The work file " + file + " is not valid UTF-8 at line " + m.line()
                    + ", column " + m.column() + ": " + m.getMessage() + " (a damaged file, or one saved in another "
                    + "encoding; work files are UTF-8).", e);
        }
        if (e.getCause() instanceof StrictUtf8Reader.MalformedException m) {
            return unreadable(file, what, m, parser, limits);
        }
        if (e instanceof JsonProcessingException j) {
            JsonLocation where = j.getLocation();
            if (where == null && j.getCause() instanceof JsonProcessingException c) {
                where = c.getLocation();
            }
            if (where == null && parser != null) {
                where = parser.currentTokenLocation();
            }
            return new WorkFileException("The work file " + file + " is " + what + at(where) + ": "
                    + problem(j, limits), e);
        }
        if (e instanceof NoSuchFileException) {
            return new WorkFileException("The work file " + file + " does not exist.", e);
        }
        return new WorkFileException("Could not read " + file + ": " + e.getMessage(), e);
    }

    private static void checkTagsAreListed(Path file, WorkFile work) {
        Set<String> names = new HashSet<>();
        work.tags().forEach(t -> names.add(t.name().strip()));
        for (DocumentWork d : work.documents()) {
            for (IndicatorWork i : d.indicators()) {
                for (String tag : i.tags()) {
                    if (tag == null || !names.contains(tag.strip())) {
                        throw new WorkFileException("The work file " + file + " is not valid: an indicator of "
                                + d.label() + " carries the tag \"" + tag + "\", which is not in \"tags\".");
                    }
                }
            }
        }
    }

    /** " at line L, column C", or "" when the location is unknown. */
    static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + (location.getColumnNr() > 0 ? ", column " + location.getColumnNr() : "");
    }

    /** The reason in plain words: the record's own check, else Jackson's message without its source dump. */
    private static String problem(JsonProcessingException e, WorkFileLimits limits) {
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return v.getCause().getMessage();
        }
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return message.startsWith("String value length") ? "a text of more than " + String.format(Locale.ROOT,
                    "%,d", limits.textChars()) + " characters, more than any note or sentence of a real work file"
                    : "it is larger than a work file can be (" + message + ")";
        }
        if (e instanceof JsonParseException && message != null && message.startsWith("Duplicate field '")) {
            return "the key " + message.substring("Duplicate field ".length()).replace('\'', '"')
                    + " appears twice in one object; the second would silently replace the first";
        }
        String path = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? " (at " + m.getPathReference().replace("io.zhibiao.core.portable.", "") + ")" : "";
        return message + path;
    }
}
