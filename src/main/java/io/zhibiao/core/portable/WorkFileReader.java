package io.zhibiao.core.portable;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads and checks a work file before anything is written: first a pass over the JSON that finds broken
 * syntax and reads the format and version, then the full reading, whose errors name the line.
 */
public final class WorkFileReader {
    private WorkFileReader() {
    }

    /** @throws WorkFileException naming the problem (and line) when the file is not a readable work file */
    public static WorkFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new WorkFileException("The work file " + file + " does not exist.");
        }
        checkHeader(file);
        WorkFile work;
        try {
            work = WorkJson.MAPPER.readValue(file.toFile(), WorkFile.class);
        } catch (JsonProcessingException e) {
            throw new WorkFileException("The work file " + file + " is not valid" + line(e.getLocation()) + ": "
                    + problem(e), e);
        } catch (IOException e) {
            throw new WorkFileException("Could not read " + file + ": " + e.getMessage(), e);
        }
        checkTagsAreListed(file, work);
        return work;
    }

    private static void checkHeader(Path file) {
        String format = null;
        Integer version = null;
        try (JsonParser p = WorkJson.MAPPER.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new WorkFileException("The file " + file + " is not a Zhibiao work file: it does not start "
                        + "with a JSON object" + line(p.currentLocation()) + ".");
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_OBJECT && t != null) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("format".equals(name) && value == JsonToken.VALUE_STRING) {
                    format = p.getText();
                } else if ("version".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                    version = p.getIntValue();
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new WorkFileException("The work file " + file + " has text after its end"
                        + line(p.currentLocation()) + ".");
            }
        } catch (JsonProcessingException e) {
            throw new WorkFileException("The work file " + file + " is not valid JSON" + line(e.getLocation())
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new WorkFileException("Could not read " + file + ": " + e.getMessage(), e);
        }
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

    private static String line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " at line " + location.getLineNr();
    }

    /** The reason in plain words: the record's own check, else Jackson's message without its source dump. */
    private static String problem(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return v.getCause().getMessage();
        }
        String path = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? " (at " + m.getPathReference().replace("io.zhibiao.core.portable.", "") + ")" : "";
        return e.getOriginalMessage() + path;
    }
}
