package io.zhibiao.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the SQL argument of every JDBC call in the main sources and names the parts of it that are not
 * literals or constants: those are where a value could be pasted into SQL instead of bound.
 */
final class SqlTextScan {
    /** A JDBC call that takes SQL text as its first argument. */
    private static final Pattern CALL = Pattern.compile(
            "\\.(prepareStatement|prepareCall|executeQuery|executeUpdate|executeLargeUpdate|execute|addBatch)\\(");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** Names of constants (UPPER_CASE, optionally qualified by a class) are fixed text. */
    private static final Pattern CONSTANT = Pattern.compile("(?:[A-Z][A-Za-z0-9]*\\.)?[A-Z][A-Z0-9_]*");
    private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*(?:\\([^)]*\\))?");

    record Finding(String file, int line, String part) {
        String key() {
            return file + ": " + part;
        }
    }

    private SqlTextScan() {
    }

    static List<Finding> scan(Path sourceRoot) {
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                scanFile(sourceRoot.relativize(f).toString().replace('\\', '/'), Files.readString(f), findings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    private static void scanFile(String name, String source, List<Finding> findings) {
        if (!source.contains("java.sql")) {
            return; // executor.execute(task) and the like are no JDBC
        }
        Matcher m = CALL.matcher(source);
        while (m.find()) {
            String argument = firstArgument(source, m.end());
            if (argument.isBlank()) {
                continue; // ps.executeQuery(), ps.addBatch(): the SQL was prepared before
            }
            String rest = STRING.matcher(argument).replaceAll(" ");
            Matcher part = PART.matcher(rest);
            while (part.find()) {
                String p = part.group();
                if (!CONSTANT.matcher(p).matches() && !p.startsWith("PreparedStatement.") && !p.startsWith("Statement.")) {
                    findings.add(new Finding(name, lineOf(source, m.start()), p));
                }
            }
        }
    }

    /** The text of the first argument of the call whose '(' ends at {@code from}. */
    private static String firstArgument(String s, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' || (c == ',' && depth == 0)) {
                if (depth == 0) {
                    return s.substring(from, i);
                }
                depth--;
            }
        }
        return s.substring(from);
    }

    private static int lineOf(String s, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
