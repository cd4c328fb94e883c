package io.zhibiao.core.portable;

import java.nio.file.Path;
import java.time.Duration;

/** What an export wrote: documents and indicators with work, history events, tags, file size, time taken. */
public record WorkExportSummary(Path file, int documents, int indicators, int historyEvents, int tags, long bytes,
                                Duration elapsed) {
}
