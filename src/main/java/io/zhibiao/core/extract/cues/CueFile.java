package io.zhibiao.core.extract.cues;

import io.zhibiao.core.dictionary.PhraseTrie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of cue words an analyst can read and extend: "[section]" lines open a section, every other line is one
 * word or phrase of it (a few sections put numbers after the phrase), '#' starts a comment. The words of the
 * engine live in such files under {@code io/zhibiao/core/extract/}, not in Java constants. Immutable once read.
 */
public final class CueFile {
    private final String resource;
    private final Map<String, List<String>> sections;

    private CueFile(String resource, Map<String, List<String>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    /** Reads a bundled cue file; a missing or unreadable file is a broken build, not a user error. */
    public static CueFile load(String resource) {
        try (InputStream in = CueFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new CueFile(resource, parse(resource,
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static Map<String, List<String>> parse(String resource, BufferedReader reader) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            int hash = line.indexOf('#');
            String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("[") && s.endsWith("]")) {
                String name = s.substring(1, s.length() - 1).strip();
                if (sections.containsKey(name)) {
                    // a second [name] would silently add its words to the first one's
                    throw new IllegalArgumentException(resource + " line " + number + ": section [" + name
                            + "] opened twice");
                }
                current = new ArrayList<>();
                sections.put(name, current);
            } else if (s.startsWith("[")) {
                throw new IllegalArgumentException(resource + " line " + number
                        + ": a line opening with '[' must be a section header alone: " + s);
            } else if (current == null) {
                throw new IllegalArgumentException(resource + " line " + number + ": a word before any [section]");
            } else {
                current.add(s);
            }
        }
        return sections;
    }

    /** The lines of a section in file order; the section must exist and hold at least one line. */
    public List<String> lines(String section) {
        List<String> words = sections.get(section);
        if (words == null || words.isEmpty()) {
            throw new IllegalArgumentException(resource + ": section [" + section + "] is missing or empty");
        }
        return List.copyOf(words);
    }

    /** The words of a section in file order, for the few readers that try them in that order. */
    public String[] array(String section) {
        return lines(section).toArray(String[]::new);
    }

    /** The words of a section for the dictionary matcher (longest match wins). */
    public PhraseTrie<String> trie(String section) {
        PhraseTrie<String> trie = new PhraseTrie<>();
        for (String w : lines(section)) {
            trie.add(w, w);
        }
        return trie;
    }

    /** A section of single characters, as one string (a set of characters looked up with indexOf). */
    public String chars(String section) {
        StringBuilder b = new StringBuilder();
        for (String w : lines(section)) {
            b.append(w);
        }
        return b.toString();
    }
}
