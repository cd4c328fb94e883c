package io.zhibiao.testing;

import io.zhibiao.core.store.StoreFile;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A disk that fills up under the stores opened while it is installed. H2 reaches its files through its
 * own file system layer; this registers a scheme there ({@code nearfull:}) that passes everything on to
 * H2's disk files, and has {@link StoreFile#FILE_SYSTEM_PROPERTY} send stores through it. Once {@link #leave}
 * is called, the store files may grow by that many bytes in all; the write that goes beyond writes what
 * fits and then fails as the operating system does on a full disk ("No space left on device"), or with the
 * words given to {@link #failAfter}. No root rights, no small file system.
 *
 * <p>One at a time (the scheme and the property are process-wide); {@link #close} takes it away.
 */
public final class FullDisk implements AutoCloseable {
    static final String SCHEME = "nearfull";
    private static FullDisk installed;

    /** Bytes the store files may still grow by; unlimited until {@link #leave}. */
    private final AtomicLong free = new AtomicLong(Long.MAX_VALUE);
    private volatile String message;
    private final Scheme scheme = new Scheme();

    private FullDisk() {
    }

    /** Sends every store opened from now on through a disk that can be made to fill up. */
    public static synchronized FullDisk install() {
        if (installed != null) {
            throw new IllegalStateException("a full disk is already installed");
        }
        installed = new FullDisk();
        FilePath.register(installed.scheme);
        System.setProperty(StoreFile.FILE_SYSTEM_PROPERTY, SCHEME);
        return installed;
    }

    /** From now on, the store files may grow by {@code bytes} more. */
    public void leave(long bytes) {
        failAfter(bytes, "No space left on device");
    }

    /** The same with another failure of the disk, the operating system saying {@code osMessage}. */
    public void failAfter(long bytes, String osMessage) {
        message = osMessage;
        free.set(bytes);
    }

    @Override
    public void close() {
        synchronized (FullDisk.class) {
            if (installed == this) {
                System.clearProperty(StoreFile.FILE_SYSTEM_PROPERTY);
                FilePath.unregister(scheme);
                installed = null;
            }
        }
    }

    private static synchronized FullDisk current() {
        return installed;
    }

    /** Takes the room for growing a file from {@code size} to {@code end}: how many of those bytes fit. */
    private long claim(long size, long end) {
        long wanted = end - size;
        while (true) {
            long left = free.get();
            if (left == Long.MAX_VALUE) {
                return wanted;
            }
            long granted = Math.min(left, wanted);
            if (free.compareAndSet(left, left - granted)) {
                return granted;
            }
        }
    }

    private void release(long bytes) {
        free.getAndUpdate(left -> left == Long.MAX_VALUE ? left : left + bytes);
    }

    /** The {@code nearfull:} scheme: H2's disk files, with growth counted against the installed disk. */
    public static final class Scheme extends FilePathWrapper {
        @Override
        public String getScheme() {
            return SCHEME;
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            FileChannel channel = getBase().open(mode);
            FullDisk disk = current();
            return disk == null ? channel : new LimitedChannel(channel, disk);
        }
    }

    private static final class LimitedChannel extends FileBase {
        private final FileChannel file;
        private final FullDisk disk;
        private long position;

        LimitedChannel(FileChannel file, FullDisk disk) {
            this.file = file;
            this.disk = disk;
        }

        @Override
        public synchronized int read(ByteBuffer dst) throws IOException {
            int n = file.read(dst, position);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        @Override
        public synchronized int read(ByteBuffer dst, long at) throws IOException {
            return file.read(dst, at);
        }

        @Override
        public synchronized int write(ByteBuffer src) throws IOException {
            int n = write(src, position);
            position += n;
            return n;
        }

        @Override
        public synchronized int write(ByteBuffer src, long at) throws IOException {
            long size = file.size();
            long end = at + src.remaining();
            if (end <= size) {
                return file.write(src, at);
            }
            long fitsUpTo = size + disk.claim(size, end);
            if (fitsUpTo >= end) {
                return file.write(src, at);
            }
            ByteBuffer part = src.duplicate();
            part.limit(part.position() + (int) Math.max(0, fitsUpTo - at));
            while (part.hasRemaining()) {
                file.write(part, at + (part.position() - src.position()));
            }
            src.position(part.position());
            throw new IOException(disk.message);
        }

        @Override
        public synchronized long position() {
            return position;
        }

        @Override
        public synchronized FileChannel position(long newPosition) {
            position = newPosition;
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public synchronized FileChannel truncate(long newSize) throws IOException {
            long size = file.size();
            if (newSize < size) {
                file.truncate(newSize);
                disk.release(size - newSize);
            }
            position = Math.min(position, newSize);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            file.force(metaData);
        }

        @Override
        public FileLock tryLock(long at, long size, boolean shared) throws IOException {
            return file.tryLock(at, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
