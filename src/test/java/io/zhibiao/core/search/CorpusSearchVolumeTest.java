package io.zhibiao.core.search;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 1,000 stored reports (the samples moved across regions and years, each numbered): a search must stay
 * interactive. Prints the measured times; the bound is loose because the build machine is shared.
 */
class CorpusSearchVolumeTest {
    private static final int DOCUMENTS = 1000;

    @TempDir
    Path tmp;

    @Test
    void searchingAThousandReportsStaysInteractive() throws Exception {
        List<String> bases = List.of(SampleReports.text(SampleReports.XIANNING_2023),
                SampleReports.text(SampleReports.HONGHU_2024), SampleReports.text(SampleReports.XIANNING_2024_SUMMARY));
        try (Store store = Store.open(tmp.resolve("store"))) {
            long chars = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < DOCUMENTS; i++) {
                String text = bases.get(i % 3) + "\n(编号 " + String.format("%04d", i) + ")\n";
                chars += text.length();
                SearchCorpusFixture.add(store, "r" + i + ".txt", String.valueOf(420100 + (i % 17) * 100),
                        2015 + i % 10, text);
            }
            System.out.printf("search volume: %d documents, %.1f M characters stored in %d ms%n",
                    DOCUMENTS, chars / 1e6, (System.nanoTime() - t0) / 1_000_000);
            CorpusSearch search = new CorpusSearch(store);
            assertTrue(SearchIndex.of(store).awaitCaughtUp(java.time.Duration.ofMinutes(2)));

            List<SearchHit> common = timed(search, "地区生产总值", 200);
            List<SearchHit> latin = timed(search, "pm2.5", 200);
            List<SearchHit> rare = timed(search, "编号 0777", 200);
            List<SearchHit> none = timed(search, "没有这句话", 200);

            assertEquals(200, common.size());
            assertEquals(200, latin.size());
            assertEquals(1, rare.size());
            assertTrue(none.isEmpty());
        }
    }

    private static List<SearchHit> timed(CorpusSearch search, String phrase, int limit) {
        List<SearchHit> hits = search.search(phrase, limit); // warm-up
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            hits = search.search(phrase, limit);
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("search volume: '%s' -> %d hits in %d ms (best of 3)%n", phrase, hits.size(),
                best / 1_000_000);
        assertTrue(best < 10_000_000_000L, "searching took " + best / 1_000_000 + " ms");
        return hits;
    }
}
