package io.zhibiao.core.review;

import io.zhibiao.core.catalog.CatalogOrigin;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.CatalogException;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.IndicatorOrigin;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: whatever the review state and whatever the catalog change, re-extraction leaves every row that
 * holds analyst work, its tags and its history exactly as they were, and leaves only rows the current
 * engine and catalog find unreviewed. Rounds of random review actions and random catalog changes (seeded,
 * so a failure repeats) on the three sample reports.
 */
class ReextractionKeepsReviewedWorkTest {
    private static final long SEED = 19L;
    private static final int ROUNDS = 12;

    @TempDir
    Path tmp;

    /** Everything about a row an analyst could have made: the row, its tags and its audit history. */
    private record Work(StoredIndicator row, List<String> tags, List<AuditEvent> history) {
    }

    @Test
    void reviewedRowsAndTheirHistoryAreUntouchedAfterRandomCatalogChanges() throws IOException {
        Random random = new Random(SEED);
        try (Store store = Store.open(tmp.resolve("zhibiao"))) {
            ImportService.withStoreCatalog(store).importPaths(SampleReports.copyTo(tmp.resolve("reports")),
                    ImportListener.NONE, () -> false);
            ReviewService review = new ReviewService(store, "li.na");
            List<String> texts = new ArrayList<>();
            for (DocumentSummary d : store.documents().listSummaries()) {
                texts.add(store.documents().loadText(d.id()).orElseThrow().originalText());
            }
            int changesApplied = 0;
            int rowsKeptChecked = 0;
            for (int round = 0; round < ROUNDS; round++) {
                reviewAtRandom(store, review, random);
                changesApplied += changeCatalogAtRandom(StoreCatalog.of(store), random, texts) ? 1 : 0;
                Map<Long, Work> before = workOf(store, review);

                Reextraction reextraction = Reextraction.withStoreCatalog(store, review);
                ReextractionSummary summary = reextraction.run(reextraction.all(), ReextractionListener.NONE, () -> false);

                assertTrue(summary.failures().isEmpty(), summary.failures().toString());
                Map<Long, Work> after = workOf(store, review);
                assertEquals(before, after, "round " + round + ": rows holding analyst work changed");
                rowsKeptChecked += before.size();
                assertOnlyCurrentEngineRowsUnreviewed(store, review, reextraction, round);
                assertTrue(reextraction.behind().isEmpty(), "every document carries the current stamp");
            }
            assertTrue(changesApplied >= ROUNDS / 2, "most rounds changed the catalog: " + changesApplied);
            assertTrue(rowsKeptChecked > ROUNDS * 5, "rows with work were checked: " + rowsKeptChecked);
        }
    }

    @Test
    void aCancelStopsBetweenDocumentsAndTheNextRunPicksUpTheRest() throws IOException {
        try (Store store = Store.open(tmp.resolve("zhibiao"))) {
            ImportService.withStoreCatalog(store).importPaths(SampleReports.copyTo(tmp.resolve("reports")),
                    ImportListener.NONE, () -> false);
            ReviewService review = new ReviewService(store, "li.na");
            StoreCatalog.of(store).alias("GDP", "经济总盘子");
            Reextraction reextraction = Reextraction.withStoreCatalog(store, review);
            assertEquals(3, reextraction.behind().size(), "a catalog change leaves every document behind");
            AtomicInteger merged = new AtomicInteger();

            ReextractionSummary first = reextraction.run(reextraction.behind(), new ReextractionListener() {
                @Override
                public void merged(int done, int total, RerunReport report) {
                    merged.incrementAndGet();
                }
            }, () -> merged.get() >= 1);

            assertTrue(first.cancelled());
            assertEquals(1, first.reports().size());
            assertEquals(2, reextraction.behind().size());
            ReextractionSummary rest = reextraction.run(reextraction.behind(), ReextractionListener.NONE, () -> false);
            assertFalse(rest.cancelled());
            assertEquals(2, rest.reports().size());
            assertTrue(reextraction.behind().isEmpty());
        }
    }

    @Test
    void aRetiredIndicatorsUnreviewedRowsGoAndAnAddedIndicatorIsFoundWithTheSummaryNamingThem() throws IOException {
        try (Store store = Store.open(tmp.resolve("zhibiao"))) {
            ImportService.withStoreCatalog(store).importPaths(SampleReports.copyTo(tmp.resolve("reports")),
                    ImportListener.NONE, () -> false);
            ReviewService review = new ReviewService(store, "li.na");
            // the report with the most GDP rows: the parallel import numbers the samples in no fixed order
            long doc = store.documents().listSummaries().stream().map(d -> d.id())
                    .max(java.util.Comparator.comparingLong(id -> store.indicators().findByDocument(id).stream()
                            .filter(r -> "GDP".equals(r.value().code())).count())).orElseThrow();
            List<StoredIndicator> gdp = store.indicators().findByDocument(doc).stream()
                    .filter(r -> "GDP".equals(r.value().code())).toList();
            assertTrue(gdp.size() >= 2, gdp.toString());
            review.verify(gdp.get(0).id());
            StoreCatalog catalog = StoreCatalog.of(store);
            catalog.retire("GDP");

            Reextraction reextraction = Reextraction.withStoreCatalog(store, review);
            RerunReport report = reextraction.run(List.of(doc), ReextractionListener.NONE, () -> false).reports().get(0);

            List<StoredIndicator> left = store.indicators().findByDocument(doc).stream()
                    .filter(r -> "GDP".equals(r.value().code())).toList();
            assertEquals(List.of(gdp.get(0).id()), left.stream().map(StoredIndicator::id).toList(),
                    "only the verified GDP row stays");
            assertEquals(gdp.size() - 1, report.removedItems().stream().filter(i -> i.startsWith("地区生产总值")).count(),
                    report.removedItems().toString());
        }
    }

    private static void reviewAtRandom(Store store, ReviewService review, Random random) {
        List<StoredIndicator> rows = new ArrayList<>();
        for (DocumentSummary d : store.documents().listSummaries()) {
            rows.addAll(store.indicators().findByDocument(d.id()));
        }
        for (int i = 0; i < 8 && !rows.isEmpty(); i++) {
            StoredIndicator row = rows.get(random.nextInt(rows.size()));
            switch (random.nextInt(9)) {
                case 0 -> review.verify(row.id());
                case 1 -> review.reject(row.id());
                case 2 -> review.correct(row.id(), IndicatorField.VALUE,
                        row.value().value() == null ? 1.0 : row.value().value() + 1);
                case 3 -> review.setNote(row.id(), "核对 " + random.nextInt(100));
                case 4 -> review.tag(List.of(row.id()), random.nextBoolean() ? "重点" : "存疑", "#d9534f");
                case 5 -> review.delete(row.id());
                case 6 -> review.markUnreviewed(row.id());
                case 7 -> review.addIndicator(row.documentId(), IndicatorField.VALUE.with(row.value(), 4242.0 + i));
                default -> {
                    // left as the engine found it
                }
            }
        }
    }

    /** One random change of the store's catalog; false when the catalog refused it (a clash). */
    private static boolean changeCatalogAtRandom(StoreCatalog catalog, Random random, List<String> texts) {
        List<CatalogEntry> active = catalog.current().active().entries();
        try {
            switch (random.nextInt(4)) {
                case 0 -> catalog.retire(active.get(random.nextInt(active.size())).code());
                case 1 -> {
                    List<CatalogEntry> retired = catalog.current().retired();
                    if (retired.isEmpty()) {
                        return false;
                    }
                    CatalogEntry back = retired.get(random.nextInt(retired.size()));
                    catalog.edit(back);
                    assertTrue(catalog.current().origin(back.code()) != CatalogOrigin.RETIRED);
                }
                case 2 -> catalog.alias(active.get(random.nextInt(active.size())).code(), phraseFrom(texts, random));
                default -> catalog.add(new CatalogEntry("USER_" + random.nextInt(1_000_000), phraseFrom(texts, random),
                        "", List.of(phraseFrom(texts, random)), "test", Set.of(Measure.LEVEL, Measure.GROWTH), Set.of()));
            }
            return true;
        } catch (CatalogException clash) {
            return false;
        }
    }

    /** A run of 3 to 5 Chinese characters of a report, so the new phrase occurs in the texts. */
    private static String phraseFrom(List<String> texts, Random random) {
        while (true) {
            String text = texts.get(random.nextInt(texts.size()));
            int length = 3 + random.nextInt(3);
            int at = random.nextInt(text.length() - length);
            String phrase = text.substring(at, at + length);
            if (phrase.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return phrase;
            }
        }
    }

    /** Rows that hold analyst work: everything but unreviewed engine rows without note, tag or deletion. */
    private static Map<Long, Work> workOf(Store store, ReviewService review) {
        Map<Long, Work> work = new TreeMap<>();
        for (DocumentSummary d : store.documents().listSummaries()) {
            for (StoredIndicator r : store.indicators().findByDocument(d.id(), true)) {
                List<String> tags = review.tagsOf(r.id()).stream().map(Tag::name).sorted().toList();
                boolean untouched = r.origin() == IndicatorOrigin.ENGINE && r.status() == ReviewStatus.UNREVIEWED
                        && !r.deleted() && (r.note() == null || r.note().isBlank()) && tags.isEmpty();
                if (!untouched) {
                    work.put(r.id(), new Work(r, tags, review.historyOf(r.id())));
                }
            }
        }
        return work;
    }

    /** Every unreviewed engine row left is one the current engine and catalog find (span, code and value). */
    private static void assertOnlyCurrentEngineRowsUnreviewed(Store store, ReviewService review, Reextraction reextraction,
                                                              int round) {
        Set<String> retired = new java.util.HashSet<>();
        StoreCatalog.of(store).current().retired().forEach(e -> retired.add(e.code()));
        for (DocumentSummary d : store.documents().listSummaries()) {
            Map<String, Integer> fresh = new HashMap<>();
            for (var v : review.extractWith(StoreCatalog.of(store).pipeline(), d.id())) {
                fresh.merge(v.start() + "|" + v.end() + "|" + v.code() + "|" + v.value(), 1, Integer::sum);
            }
            for (StoredIndicator r : store.indicators().findByDocument(d.id())) {
                if (r.origin() == IndicatorOrigin.ENGINE && r.status() == ReviewStatus.UNREVIEWED) {
                    if (review.tagsOf(r.id()).isEmpty() && (r.note() == null || r.note().isBlank())) {
                        assertFalse(retired.contains(r.value().code()), "round " + round + ": retired code " + r);
                        String key = r.value().start() + "|" + r.value().end() + "|" + r.value().code() + "|" + r.value().value();
                        assertTrue(fresh.merge(key, -1, Integer::sum) >= 0,
                                "round " + round + ": an unreviewed row the engine no longer finds: " + r);
                    }
                }
            }
        }
    }
}
