package io.zhibiao.bench;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.store.Store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The store of the re-extraction benchmark, built once into target/bench-reextract and reused: the 948
 * multi-year reports of ../shared/corpus, then city reports of 2024 in name order until the store holds the
 * number asked for (a few city texts are the same report, imported once), with its search index. Each run
 * works on a {@link #copy}, so the cached store keeps no review work and no user catalog.
 */
final class ReextractionStore {
    private ReextractionStore() {
    }

    /** Copies the store's folder (its file and search index) to {@code folder}; returns the copy's H2 path. */
    static Path copy(Path store, Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(store.getParent())) {
            for (Path p : s.toList()) {
                Path target = folder.resolve(store.getParent().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return folder.resolve(store.getFileName().toString());
    }

    /** The H2 path (without extension) of the cached store of {@code count} reports, built if absent. */
    static Path ensure(Path corpus, int count) throws IOException {
        Path db = Path.of("target", "bench-reextract", count + "-docs", "zhibiao").toAbsolutePath();
        Path done = db.resolveSibling("import.txt");
        if (Files.exists(done)) {
            System.out.println("  cached store: " + Files.readString(done, StandardCharsets.UTF_8).strip());
        } else {
            build(corpus, count, db);
        }
        try (Store store = Store.open(db)) {
            SearchReadiness.await(store); // kept beside the store, the index is copied with it
        }
        return db;
    }

    private static void build(Path corpus, int count, Path db) throws IOException {
        Path done = db.resolveSibling("import.txt");
        ScaleStores.deleteTree(db.getParent());
        Files.createDirectories(db.getParent());
        List<Path> cities;
        try (Stream<Path> s = Files.list(corpus.resolve("cities-2024/txt"))) {
            cities = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long t0 = System.nanoTime();
        int stored;
        try (Store store = Store.open(db)) {
            ImportService importer = ImportService.withStoreCatalog(store);
            importer.importPaths(List.of(corpus.resolve("reports-multiyear")), ImportListener.NONE, () -> false);
            stored = store.documents().listSummaries().size();
            int nextCity = 0;
            while (stored < count && nextCity < cities.size()) {
                int take = Math.min(count - stored, cities.size() - nextCity);
                ImportSummary s = importer.importPaths(cities.subList(nextCity, nextCity + take), ImportListener.NONE,
                        () -> false);
                nextCity += take;
                stored += (int) s.imported();
            }
        }
        if (stored != count) {
            throw new IllegalStateException("the corpus gives " + stored + " distinct reports, not " + count);
        }
        String line = String.format("%d reports of %s imported in %.0f s", stored, corpus.toAbsolutePath().normalize(),
                (System.nanoTime() - t0) / 1e9);
        Files.writeString(done, line + "\n", StandardCharsets.UTF_8);
        System.out.println("  built the store: " + line);
    }
}
