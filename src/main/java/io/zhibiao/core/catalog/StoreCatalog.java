package io.zhibiao.core.catalog;

import io.zhibiao.core.AppVersion;
import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.extract.catalog.CatalogCsv;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.CatalogException;
import io.zhibiao.core.extract.catalog.CatalogPlace;
import io.zhibiao.core.extract.catalog.CatalogRow;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.files.AtomicWrite;
import io.zhibiao.core.pipeline.BundledData;
import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.store.Store;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The catalog of one store: the bundled catalog, read-only, and the analysts' layer: in {@value #FILE_NAME}
 * beside a store file, in the store itself on a team store (every analyst of the team shares it; see
 * {@link LayerSource}). Every change is checked on the whole merged catalog before the layer is replaced, so a
 * refused change, a malformed import or a failed write leaves the catalog in force as it was. A change is an
 * edit ("add alias X to code Y"), applied to the layer as it stands when it is written: on a team store another
 * analyst's change made since this catalog was read is kept, and a change that clashes with it is refused.
 * Thread-safe.
 */
public final class StoreCatalog {
    public static final String FILE_NAME = io.zhibiao.core.store.StoreFile.CATALOG;
    /** The names of the row of phrases that name no indicator, as its file shows them. */
    static final String NOT_AN_INDICATOR_ZH = "不是指标";
    static final String NOT_AN_INDICATOR_EN = "Not an indicator";

    private final LayerSource source;
    private final List<CatalogRow> bundled;
    /** Pipelines by catalog fingerprint: building the engine for a catalog costs more than reading the file. */
    private static final Map<String, ReportPipeline> PIPELINES = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ReportPipeline> eldest) {
                    return size() > 4;
                }
            });

    private MergedCatalog current;
    /** The layer's version {@link #current} was read at; a team store's change compares it with the stored one. */
    private long version;
    private String lastWriter;
    /** What the catalog the last change was applied on stamped documents with; see {@link #extractedWithBeforeLastChange}. */
    private String stampBeforeLastChange;

    private StoreCatalog(LayerSource source, List<CatalogRow> bundled) {
        this.source = source;
        this.bundled = bundled;
        LayerSource.Stored stored = source.read();
        this.current = MergedCatalog.of(bundled, parse(stored));
        this.version = stored.version();
        this.lastWriter = stored.updatedBy();
    }

    /** The catalog of the store file at {@code storeLocation} (the H2 path without extension). */
    public static StoreCatalog beside(Path storeLocation) {
        return new StoreCatalog(new FileLayer(io.zhibiao.core.store.StoreFile.catalogFile(storeLocation)),
                BundledData.catalogRows());
    }

    /** The store's catalog as it stands now: a team store's is read from the store (one row) each time. */
    public static StoreCatalog of(Store store) {
        return store.teamCatalog()
                .map(table -> new StoreCatalog(new TeamLayer(table, store.describe()), BundledData.catalogRows()))
                .orElseGet(() -> beside(store.location()));
    }

    /** The layer's file beside a store file (it need not exist); a team store keeps its layer in the store. */
    public Path file() {
        if (source instanceof FileLayer f) {
            return f.file();
        }
        throw new IllegalStateException("A team store keeps its catalog layer in the store, not in a file.");
    }

    /** Where the layer is kept, for messages: the file's path, or the team store. */
    public String whereKept() {
        return source.describe();
    }

    /** The layer as its file (or a team store's table) holds it, in {@link CatalogCsv#writeLayer}'s columns. */
    public synchronized String layerCsv() {
        return LayerText.of(current.userRows());
    }

    public synchronized MergedCatalog current() {
        return current;
    }

    /** The extraction pipeline that matches the catalog in force (the bundled one while the layer is empty). */
    public ReportPipeline pipeline() {
        return pipelineOf(current());
    }

    /**
     * Which engine and catalog extract with {@link #pipeline()}, as stored with each document: a document
     * stamped otherwise was extracted by another engine version or with another catalog.
     */
    public String extractedWith() {
        return extractedWith(current());
    }

    /**
     * The stamp of the catalog the last change of this instance was applied on: the layer as it stood under the
     * lock, which on a team store may hold another analyst's change made since this catalog was read. A
     * document stamped so differs from the catalog in force by that change only.
     */
    public synchronized String extractedWithBeforeLastChange() {
        return stampBeforeLastChange == null ? extractedWith() : stampBeforeLastChange;
    }

    /** What a document extracted with {@code c} by this engine is stamped with. */
    public static String extractedWith(MergedCatalog c) {
        return "engine " + AppVersion.current() + ", catalog " + c.fingerprint();
    }

    /** Adds an indicator that neither catalog has. */
    public synchronized MergedCatalog add(CatalogEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (current.origin(entry.code()) != null) {
            throw new CatalogException("The indicator " + entry.code() + " already exists"
                    + (current.origin(entry.code()) == CatalogOrigin.RETIRED ? " (retired)" : "")
                    + "; import a row for it to change it.");
        }
        return write(() -> {
            if (current.origin(entry.code()) != null) {
                throw new CatalogException("The indicator " + entry.code() + " already exists.");
            }
            List<CatalogRow> rows = new ArrayList<>(current.userRows());
            rows.add(new CatalogRow(entry, new CatalogPlace("the indicator being added", 0), false));
            return rows;
        });
    }

    /** Adds an alias to an indicator in force. Returns the catalog unchanged when it already has it. */
    public synchronized MergedCatalog alias(String code, String alias) {
        String phrase = alias == null ? "" : alias.strip();
        if (phrase.isEmpty() || phrase.contains("|")) {
            throw new CatalogException("An alias is a phrase without '|', not '" + alias + "'.");
        }
        return teach(Lesson.alias(phrase, code));
    }

    /**
     * Writes what the analyst taught: an alias of an indicator in force, or a phrase that names no
     * indicator. Returns the catalog unchanged when it already holds the lesson; a clash is refused.
     */
    public synchronized MergedCatalog teach(Lesson lesson) {
        return write(() -> layerWith(lesson));
    }

    /** The catalog {@link #teach} would put in force, checked as a whole but not written. */
    public synchronized MergedCatalog taught(Lesson lesson) {
        List<CatalogRow> rows = layerWith(lesson);
        return rows == null ? current : checked(rows);
    }

    /**
     * Takes a lesson back: its phrase leaves the row it was added to, and a row left with nothing of its own
     * leaves the layer. Other changes made since stay.
     */
    public synchronized MergedCatalog unteach(Lesson lesson) {
        return write(() -> LessonRows.without(current.userRows(), lesson));
    }

    /** The extraction pipeline of any catalog of this store (a taught one, for a preview). */
    public static ReportPipeline pipelineOf(MergedCatalog c) {
        if (c.userRows().isEmpty()) {
            return ReportPipeline.withBundledData();
        }
        return PIPELINES.computeIfAbsent(c.fingerprint(), k -> ReportPipeline.withCatalog(c.active()));
    }

    /** The layer with the lesson in it, or null when the catalog in force already holds it. */
    private List<CatalogRow> layerWith(Lesson lesson) {
        String code = lesson.code();
        String key = PhraseTrie.fold(lesson.phrase());
        List<String> known = new ArrayList<>();
        if (lesson.isNotAnIndicator()) {
            known.addAll(current.active().notIndicatorPhrases());
        } else {
            CatalogEntry e = activeEntry(code);
            known.add(e.nameZh());
            known.addAll(e.aliases());
        }
        if (known.stream().anyMatch(a -> PhraseTrie.fold(a).equals(key))) {
            return null;
        }
        return updated(code, row -> {
            List<String> aliases = new ArrayList<>(row.entry().aliases());
            aliases.add(lesson.phrase());
            CatalogEntry e = ImportedRows.with(row.entry(), aliases);
            if (lesson.isNotAnIndicator()) {
                // named so that the file says what the row is; the names themselves are never matched
                e = new CatalogEntry(code, NOT_AN_INDICATOR_ZH, NOT_AN_INDICATOR_EN, e.aliases(), "", Set.of(), Set.of());
            }
            return new CatalogRow(e, new CatalogPlace("the phrase being taught", 0), row.retired());
        });
    }

    /** Takes an indicator out of matching; its stored rows stay. */
    public synchronized MergedCatalog retire(String code) {
        activeEntry(code);
        return write(() -> {
            activeEntry(code);
            return updated(code, row -> new CatalogRow(row.entry(), row.place(), true));
        });
    }

    /** Sets one indicator as {@code entry} describes it (names, aliases added, units, measures); see {@link #importRows}. */
    public synchronized CatalogImport edit(CatalogEntry entry) {
        return importRows(List.of(new CatalogRow(entry, new CatalogPlace("the indicator being edited", 0), false)));
    }

    /** Reads a file in the bundled catalog's columns and imports its rows; a bad file changes nothing. */
    public synchronized CatalogImport importFile(Path csv) {
        List<CatalogRow> rows;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CatalogCsv.readWhole(r, csv.toString());
        } catch (NoSuchFileException e) {
            throw new CatalogException(csv + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new CatalogException(csv + ": cannot be read: " + e.getMessage(), e);
        }
        return importRows(rows);
    }

    /**
     * Each row says how its indicator should read: a new code is added, a known one takes the row's
     * names, category, measures and units, and any alias it lacks (no alias is taken away), and a retired one
     * comes back. Codes the rows do not name are left as they are.
     */
    public synchronized CatalogImport importRows(List<CatalogRow> imported) {
        CatalogImport[] result = new CatalogImport[1];
        write(() -> {
            List<CatalogRow> layer = ImportedRows.takenIn(bundled, current.userRows(), imported);
            result[0] = ImportedRows.summary(imported, current, checked(layer));
            return layer;
        });
        return result[0];
    }

    /**
     * Plans taking in another store's layer (from a work file): new indicators are added, aliases added, a
     * field only the other layer sets is taken, a field both set differently is a conflict decided by
     * {@code takeTheirs}, and an alias this catalog has for another indicator is a conflict never applied.
     * Nothing is written; the plan is checked as a whole.
     */
    public synchronized LayerMerge plan(List<CatalogRow> theirs, boolean takeTheirs) {
        return LayerPlan.of(current, bundled, theirs, takeTheirs);
    }

    /** Writes a planned merge; the catalog in force becomes the merged one. */
    public synchronized MergedCatalog apply(LayerMerge merge) {
        if (!merge.changesAnything()) {
            return current;
        }
        long planned = version;
        return write(() -> {
            if (version != planned) {
                // the plan was made on the layer as it was: merged anew, a conflict might read otherwise
                throw new CatalogException(lastWriter() + " changed the team's catalog while this merge was "
                        + "planned; nothing was merged. Import the work file again to plan on their catalog.");
            }
            return new ArrayList<>(merge.layer());
        });
    }

    /** Writes the catalog in force (retired indicators left out) in the bundled catalog's columns. */
    public void export(Path csv) throws IOException {
        List<CatalogEntry> entries = new ArrayList<>(current().active().entries());
        List<String> notIndicators = current().active().notIndicatorPhrases();
        if (!notIndicators.isEmpty()) {
            entries.add(new CatalogEntry(IndicatorCatalog.NOT_AN_INDICATOR, NOT_AN_INDICATOR_ZH, NOT_AN_INDICATOR_EN,
                    notIndicators, "", Set.of(), Set.of()));
        }
        AtomicWrite.to(csv).write(out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CatalogCsv.writeWhole(entries, w);
            w.flush();
        });
    }

    /** Reads the layer again, as after another process changed it; a bad layer keeps the catalog in force. */
    public synchronized MergedCatalog reload() {
        LayerSource.Stored stored = source.read();
        current = MergedCatalog.of(bundled, parse(stored));
        version = stored.version();
        lastWriter = stored.updatedBy();
        return current;
    }

    private CatalogEntry activeEntry(String code) {
        CatalogOrigin origin = current.origin(code);
        if (origin == null) {
            throw new CatalogException("There is no indicator " + code + " in the catalog.");
        }
        if (origin == CatalogOrigin.RETIRED) {
            throw new CatalogException("The indicator " + code + " is retired; import a row for it to bring it back.");
        }
        return current.active().byCode(code).orElseThrow();
    }

    private List<CatalogRow> updated(String code, UnaryOperator<CatalogRow> change) {
        List<CatalogRow> rows = new ArrayList<>(current.userRows());
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).entry().code().equals(code)) {
                at = i;
            }
        }
        if (at < 0) {
            CatalogEntry blank = new CatalogEntry(code, "", "", List.of(), "", Set.of(), Set.of());
            rows.add(change.apply(new CatalogRow(blank, new CatalogPlace("the change being made", 0), false)));
        } else {
            rows.set(at, change.apply(rows.get(at)));
        }
        return rows;
    }

    /**
     * Writes a change: {@code edit} computes the new layer from {@link #current}, which is first set to the layer
     * as it stands under the source's lock, so that a change made meanwhile by another analyst (on a team store)
     * is kept and this one is applied on top of it. The new layer is checked as a whole before it is written; a
     * null layer writes nothing. A refused change names who changed the catalog meanwhile, if anyone did.
     */
    private MergedCatalog write(java.util.function.Supplier<List<CatalogRow>> edit) {
        long based = version;
        long[] found = {based};
        LayerSource.Stored written;
        try {
            written = source.update(stored -> {
                if (stored.version() != version) {
                    current = MergedCatalog.of(bundled, parse(stored));
                    version = stored.version();
                    lastWriter = stored.updatedBy();
                }
                found[0] = stored.version();
                stampBeforeLastChange = extractedWith(current);
                List<CatalogRow> rows = edit.get();
                if (rows == null) {
                    return null;
                }
                checked(rows);
                return LayerText.of(rows);
            });
        } catch (CatalogException e) {
            if (found[0] != based) {
                throw new CatalogException(lastWriter() + " changed the team's catalog meanwhile, and this change "
                        + "clashes with theirs, which stays: " + e.getMessage(), e);
            }
            throw e;
        }
        // the layer as this change left it, not as a later writer may have made it meanwhile
        current = MergedCatalog.of(bundled, parse(written));
        version = written.version();
        lastWriter = written.updatedBy();
        return current;
    }

    /** The merged catalog a layer makes, every row checked; throws the first clash or bad row. */
    private MergedCatalog checked(List<CatalogRow> rows) {
        for (CatalogRow r : rows) {
            CatalogCsv.check(r.entry(), r.place(), true);
        }
        return MergedCatalog.of(bundled, rows);
    }

    private String lastWriter() {
        return lastWriter == null || lastWriter.isBlank() ? "another analyst" : lastWriter;
    }

    private List<CatalogRow> parse(LayerSource.Stored stored) {
        return LayerText.rows(stored.csv(), source.describe());
    }
}
