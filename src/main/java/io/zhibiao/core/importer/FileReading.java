package io.zhibiao.core.importer;

import io.zhibiao.core.corpus.RawText;
import io.zhibiao.core.corpus.UnreadableFileException;

import java.nio.file.Path;

/** How the importer turns a file into text: the report reader, or a stage that stands in for it in a test. */
@FunctionalInterface
public interface FileReading {
    RawText read(Path file) throws UnreadableFileException;
}
