package io.zhibiao.core.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a report file of any supported format (txt, md, html/htm, docx, pdf) into a {@link RawText}.
 * Every failure is an {@link UnreadableFileException} whose message is one line naming the reason;
 * the caller adds the file name.
 */
public final class ReportFileReader {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private static final String SUPPORTED = ".txt, .md, .html, .htm, .docx, .pdf";

    private static final ReportFileReader SHARED = new ReportFileReader();

    private final long maxBytes;
    private final Map<String, FormatReader> readersByExtension;

    public ReportFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused instead of being loaded into memory */
    public ReportFileReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        FormatReader html = new HtmlReportReader();
        FormatReader markdown = new MarkdownReader();
        this.readersByExtension = Map.of(
                "txt", new PlainTextReader(),
                "md", markdown,
                "markdown", markdown,
                "html", html,
                "htm", html,
                "shtml", html,
                "xhtml", html,
                "docx", new DocxReportReader(),
                "pdf", new PdfReportReader());
    }

    public RawText read(Path file) throws UnreadableFileException {
        FormatReader reader = readersByExtension.get(extensionOf(file));
        if (reader == null) {
            String ext = extensionOf(file);
            throw ext.isEmpty()
                    ? new UnreadableFileException("noExtension", "file has no extension (supported: " + SUPPORTED + ")",
                    null, SUPPORTED)
                    : new UnreadableFileException("unsupportedType", "unsupported file type '." + ext + "' (supported: "
                    + SUPPORTED + ")", null, "." + ext, SUPPORTED);
        }
        checkReadableFile(file);
        return reader.read(file);
    }

    /** True if {@link #read} would dispatch this file name to a reader (its content is not checked). */
    /** The extensions read, as a user reads them: ".txt, .md, …". */
    public static String supportedExtensions() {
        return SUPPORTED;
    }

    public static boolean isSupported(Path file) {
        return SHARED.supports(file);
    }

    /** True if {@link #read} would dispatch this file name to a reader (its content is not checked). */
    public boolean supports(Path file) {
        return readersByExtension.containsKey(extensionOf(file));
    }

    private void checkReadableFile(Path file) throws UnreadableFileException {
        if (!Files.exists(file)) {
            throw new UnreadableFileException("notFound", "file not found", null);
        }
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException("folder", "is a folder, not a file", null);
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableFileException("permissionDenied", "cannot read file (permission denied)", null);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw ioFailure(e);
        }
        if (size == 0) {
            throw new UnreadableFileException("empty", "empty file (0 bytes)", null);
        }
        if (size > maxBytes) {
            throw new UnreadableFileException("tooLarge", String.format(Locale.ROOT, "file is too large (%s, limit %s)",
                    megabytes(size), megabytes(maxBytes)), null, megabytes(size), megabytes(maxBytes));
        }
    }

    /** Reads all bytes, translating I/O failures into one-line reasons; shared by the text-based readers. */
    static byte[] readBytes(Path file) throws UnreadableFileException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    static UnreadableFileException ioFailure(IOException e) {
        if (e instanceof AccessDeniedException) {
            return new UnreadableFileException("permissionDenied", "cannot read file (permission denied)", e);
        }
        if (e instanceof NoSuchFileException) {
            return new UnreadableFileException("notFound", "file not found", e);
        }
        return new UnreadableFileException("cannot read file (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
    }

    /** Whitespace-only text is as useless as an empty file, and says so more precisely. */
    static String requireText(String text, String reason, String whenBlank) throws UnreadableFileException {
        if (text.isBlank()) {
            throw new UnreadableFileException(reason, whenBlank, null);
        }
        return text;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String extensionOf(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 || dot == s.length() - 1 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
