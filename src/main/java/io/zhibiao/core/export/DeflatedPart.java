package io.zhibiao.core.export;

import org.apache.poi.util.TempFile;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A piece of a zip entry deflated on another thread while it is written: the rows of a sheet, compressed
 * beside the export that formats them instead of after it (on two cores this takes the deflate, about a
 * third of a large export, off the export's own thread). The piece is raw deflate data ending on a byte
 * boundary without a final block, so data deflated before and after it can be joined to it into one entry.
 * Chunks are deflated in the order given. A few buffers go round between the writer and the deflating
 * thread: memory stays small, no garbage is made per chunk, and a writer ahead of the deflate waits.
 */
final class DeflatedPart {
    private static final int BUFFERS = 4;

    private final ExecutorService deflating;
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private int buffers = 1;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final CRC32 crc = new CRC32();
    private final byte[] compressed = new byte[1 << 16];
    private final File file;
    private final OutputStream out;
    private long length;
    /** The first failure of the deflating thread, reported by {@link #finish()}. */
    private volatile Exception failure;
    private boolean finished;

    DeflatedPart(ExecutorService deflating) {
        this.deflating = deflating;
        try {
            this.file = TempFile.createTempFile("zhibiao-sheet", ".deflate");
            this.out = new FileOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the workbook", e);
        }
    }

    /**
     * Hands the first {@code count} bytes of {@code full} to the deflating thread and returns a buffer of the
     * same size to go on writing in: a free one, a new one while there are fewer than a few, else the first
     * the deflating thread gives back.
     */
    byte[] swap(byte[] full, int count) {
        if (count == 0) {
            return full;
        }
        deflating.execute(() -> {
            try {
                if (failure == null) {
                    crc.update(full, 0, count);
                    length += count;
                    deflater.setInput(full, 0, count);
                    while (!deflater.needsInput()) {
                        write(deflater.deflate(compressed, 0, compressed.length, Deflater.NO_FLUSH));
                    }
                }
            } catch (IOException | RuntimeException e) {
                failure = e;
            } finally {
                free.add(full);
            }
        });
        byte[] next = free.poll();
        if (next != null) {
            return next;
        }
        if (buffers < BUFFERS) {
            buffers++;
            return new byte[full.length];
        }
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while the workbook was compressed"));
        }
    }

    /** Ends the part on a byte boundary and waits for the deflating thread to have written all of it. */
    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        Future<?> end = deflating.submit(() -> {
            try {
                if (failure == null) {
                    int n;
                    do {
                        n = deflater.deflate(compressed, 0, compressed.length, Deflater.SYNC_FLUSH);
                        write(n);
                    } while (n == compressed.length);
                }
                out.close();
            } catch (IOException | RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            } finally {
                deflater.end();
            }
            return null;
        });
        await(end);
        if (failure instanceof IOException io) {
            throw new UncheckedIOException("cannot write the temporary sheet file " + file + ": " + io.getMessage(), io);
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
    }

    File file() {
        return file;
    }

    /** The CRC-32 of the data before it was deflated; valid after {@link #finish()}. */
    long crc() {
        return crc.getValue();
    }

    /** The length of the data before it was deflated; valid after {@link #finish()}. */
    long length() {
        return length;
    }

    long compressedLength() {
        return file.length();
    }

    void delete() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is deleted next; nothing to keep
        }
        file.delete();
    }

    private void write(int n) throws IOException {
        if (n > 0) {
            out.write(compressed, 0, n);
        }
    }

    private void await(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while the workbook was compressed"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }
}
