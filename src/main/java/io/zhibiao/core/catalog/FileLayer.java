package io.zhibiao.core.catalog;

import io.zhibiao.core.extract.catalog.CatalogException;
import io.zhibiao.core.files.AtomicWrite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A store file's catalog layer: the file beside the store, which its analyst can open and its backups carry.
 * One process has a store file open, and {@link StoreCatalog} serialises its own changes; the file is replaced
 * by an atomic write, so a failed write leaves the layer in force as it was.
 */
final class FileLayer implements LayerSource {
    private final Path file;

    FileLayer(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    @Override
    public Stored read() {
        try {
            return new Stored(Files.readString(file, StandardCharsets.UTF_8), 0, "");
        } catch (NoSuchFileException e) {
            return new Stored(null, 0, "");
        } catch (IOException | UncheckedIOException e) {
            throw new CatalogException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Stored update(Function<Stored, String> change) {
        Stored now = read();
        String csv = change.apply(now);
        if (csv == null) {
            return now;
        }
        try {
            AtomicWrite.to(file).write(out -> out.write(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("The user catalog " + file + " could not be written: " + e.getMessage(), e);
        }
        return new Stored(csv, 0, "");
    }

    @Override
    public String describe() {
        return file.toString();
    }
}
