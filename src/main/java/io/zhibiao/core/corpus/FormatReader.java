package io.zhibiao.core.corpus;

import java.nio.file.Path;

/** Reads one file format; called only after the common checks (exists, readable, size) have passed. */
interface FormatReader {
    RawText read(Path file) throws UnreadableFileException;
}
