package io.zhibiao.core.settings;

import io.zhibiao.core.export.ExportFilter;
import io.zhibiao.core.files.AtomicWrite;
import io.zhibiao.core.store.ReviewStatus;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The analyst's settings and the workbench layout, kept in a properties file beside the store so that
 * each store (and each test's temporary store) has its own. Saved with {@link AtomicWrite}: a crash or a
 * power cut while saving leaves the previous settings, never a half-written file.
 */
public final class Settings {
    private static final String ANALYST = "analyst";
    private static final String LANGUAGE = "language";
    private static final String WINDOW = "window";
    private static final String DIVIDER = "divider";
    private static final String PANES = "panes";
    private static final String BACKUPS_TO_KEEP = "backupsToKeep";
    private static final String HIDDEN_PANE_COLUMNS = "paneColumnsHidden";
    private static final String IMPORT_FOLDER = "importFolder";
    private static final String LAST_STORE = "store.last";
    private static final String EXPORT_SCOPE = "export.scope";
    private static final String EXPORT_SHEETS = "export.sheets";
    private static final String EXPORT_REGIONS = "export.regions";
    private static final String EXPORT_YEARS = "export.years";
    private static final String EXPORT_STATUSES = "export.statuses";
    private static final String EXPORT_CATALOG_ONLY = "export.catalogOnly";
    private static final String EXPORT_EXCLUDED = "export.excludedDocuments";
    /**
     * Indicator-table columns a pane hides until the analyst shows them: a narrow pane then shows the value
     * without scrolling, and the catalog code, measure, tags and note are a click away in the column menu.
     */
    public static final Set<String> DEFAULT_HIDDEN_PANE_COLUMNS = Set.of("code", "measure", "tags", "note", "confidence");
    /** Backups of each routine kind kept by default (see io.zhibiao.core.backup.Backups). */
    public static final int DEFAULT_BACKUPS_TO_KEEP = 10;
    public static final int MAX_BACKUPS_TO_KEEP = 999;

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Reads the settings file; a missing or unreadable file gives the defaults. */
    public static Settings load(Path file) {
        Settings s = new Settings(file);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                s.values.clear();
            }
        }
        return s;
    }

    public synchronized void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicWrite.to(file).write(out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(w, "Zhibiao settings");
                w.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the settings to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The store File ▸ Open store… opened last (a path or a team store's URL, never a password). */
    public java.util.Optional<String> lastStore() {
        String v = values.getProperty(LAST_STORE, "").strip();
        return v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(v);
    }

    public void setLastStore(String address) {
        values.setProperty(LAST_STORE, address);
    }

    /** The name written into the audit history; defaults to the operating-system user. */
    public String analyst() {
        String name = values.getProperty(ANALYST, "").strip();
        return name.isEmpty() ? System.getProperty("user.name", "analyst") : name;
    }

    public void setAnalyst(String name) {
        values.setProperty(ANALYST, name == null ? "" : name.strip());
    }

    /** The UI language: zh or en; defaults to Chinese when the OS language is Chinese, else English. */
    public Locale language() {
        String lang = values.getProperty(LANGUAGE, "");
        if (lang.isEmpty()) {
            lang = Locale.getDefault().getLanguage();
        }
        return "zh".equals(lang) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public void setLanguage(Locale locale) {
        values.setProperty(LANGUAGE, locale.getLanguage());
    }

    /** How many backups of each routine kind to keep; a missing or damaged value gives the default. */
    public int backupsToKeep() {
        try {
            int n = Integer.parseInt(values.getProperty(BACKUPS_TO_KEEP, "").strip());
            return n >= 1 && n <= MAX_BACKUPS_TO_KEEP ? n : DEFAULT_BACKUPS_TO_KEEP;
        } catch (NumberFormatException e) {
            return DEFAULT_BACKUPS_TO_KEEP;
        }
    }

    public void setBackupsToKeep(int count) {
        if (count < 1 || count > MAX_BACKUPS_TO_KEEP) {
            throw new IllegalArgumentException("the number of backups to keep must be between 1 and "
                    + MAX_BACKUPS_TO_KEEP + ", not " + count);
        }
        values.setProperty(BACKUPS_TO_KEEP, Integer.toString(count));
    }

    /** x, y, width, height, maximized (1/0), or null when never saved. */
    public double[] windowBounds() {
        return doubles(values.getProperty(WINDOW), 5);
    }

    public void setWindowBounds(double x, double y, double width, double height, boolean maximized) {
        values.setProperty(WINDOW, x + "," + y + "," + width + "," + height + "," + (maximized ? 1 : 0));
    }

    public double divider(double fallback) {
        double[] d = doubles(values.getProperty(DIVIDER), 1);
        return d == null ? fallback : d[0];
    }

    public void setDivider(double position) {
        values.setProperty(DIVIDER, Double.toString(position));
    }

    /** The indicator-table columns that panes hide (column keys such as "code"). */
    public Set<String> hiddenPaneColumns() {
        String stored = values.getProperty(HIDDEN_PANE_COLUMNS);
        if (stored == null) {
            return DEFAULT_HIDDEN_PANE_COLUMNS;
        }
        Set<String> keys = new TreeSet<>();
        for (String key : stored.split(",")) {
            if (!key.isBlank()) {
                keys.add(key.strip());
            }
        }
        return Collections.unmodifiableSet(keys);
    }

    public void setHiddenPaneColumns(Set<String> keys) {
        values.setProperty(HIDDEN_PANE_COLUMNS, String.join(",", new TreeSet<>(keys)));
    }

    /** The folder the analyst last imported from, if any (it may have been removed since). */
    public java.util.Optional<Path> importFolder() {
        String stored = values.getProperty(IMPORT_FOLDER, "").strip();
        try {
            return stored.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(stored));
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    public void setImportFolder(Path folder) {
        values.setProperty(IMPORT_FOLDER, folder.toAbsolutePath().toString());
    }

    /** Documents open in side-by-side panes, left to right. */
    public List<Long> openPanes() {
        List<Long> ids = new ArrayList<>();
        for (String s : values.getProperty(PANES, "").split(",")) {
            try {
                if (!s.isBlank()) {
                    ids.add(Long.parseLong(s.strip()));
                }
            } catch (NumberFormatException e) {
                // a hand-edited or damaged entry: skip it, keep the others
            }
        }
        return ids;
    }

    public void setOpenPanes(List<Long> documentIds) {
        values.setProperty(PANES, String.join(",", documentIds.stream().map(String::valueOf).toList()));
    }

    /**
     * The filter of the last export from the workbench (regions, report years, statuses, catalog only,
     * documents left out), so the dialog opens as it was left; {@link ExportFilter#NONE} when never saved.
     * Damaged entries are skipped.
     */
    public ExportFilter lastExportFilter() {
        Set<ReviewStatus> statuses = new TreeSet<>();
        for (String id : list(EXPORT_STATUSES)) {
            try {
                statuses.add(ReviewStatus.fromId(id));
            } catch (IllegalArgumentException e) {
                // a hand-edited entry: skip it
            }
        }
        return new ExportFilter(new TreeSet<>(list(EXPORT_REGIONS)), numbers(EXPORT_YEARS, Integer::valueOf),
                statuses, Set.of(), Boolean.parseBoolean(values.getProperty(EXPORT_CATALOG_ONLY, "false")),
                numbers(EXPORT_EXCLUDED, Long::valueOf));
    }

    public void setLastExportFilter(ExportFilter f) {
        values.setProperty(EXPORT_REGIONS, String.join(",", new TreeSet<>(f.regions())));
        values.setProperty(EXPORT_YEARS, joined(f.years()));
        values.setProperty(EXPORT_STATUSES, String.join(",", f.statuses().stream().map(ReviewStatus::id).sorted().toList()));
        values.setProperty(EXPORT_CATALOG_ONLY, Boolean.toString(f.catalogOnly()));
        values.setProperty(EXPORT_EXCLUDED, joined(f.excludedDocuments()));
    }

    /** The last export's scope as the dialog names it (say "ALL"), or null when never saved. */
    public String lastExportScope() {
        return values.getProperty(EXPORT_SCOPE);
    }

    public void setLastExportScope(String scope) {
        values.setProperty(EXPORT_SCOPE, scope);
    }

    /** The sheets of the last export by name, empty when never saved (then every sheet). */
    public Set<String> lastExportSheets() {
        return new TreeSet<>(list(EXPORT_SHEETS));
    }

    public void setLastExportSheets(Set<String> sheets) {
        values.setProperty(EXPORT_SHEETS, String.join(",", new TreeSet<>(sheets)));
    }

    private List<String> list(String key) {
        List<String> items = new ArrayList<>();
        for (String item : values.getProperty(key, "").split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private <T extends Comparable<T>> Set<T> numbers(String key, java.util.function.Function<String, T> parse) {
        Set<T> result = new TreeSet<>();
        for (String item : list(key)) {
            try {
                result.add(parse.apply(item));
            } catch (NumberFormatException e) {
                // a hand-edited or damaged entry: skip it, keep the others
            }
        }
        return result;
    }

    private static String joined(Set<? extends Number> numbers) {
        return String.join(",", numbers.stream().map(String::valueOf).sorted().toList());
    }

    private static double[] doubles(String s, int count) {
        if (s == null) {
            return null;
        }
        String[] parts = s.split(",");
        if (parts.length != count) {
            return null;
        }
        double[] d = new double[count];
        try {
            for (int i = 0; i < count; i++) {
                d[i] = Double.parseDouble(parts[i]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return d;
    }
}
