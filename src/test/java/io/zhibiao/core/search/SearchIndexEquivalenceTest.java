package io.zhibiao.core.search;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index must change how fast a search is, never what it finds: for hundreds of phrases cut from the
 * sample reports (Chinese, numbers, punctuation, line breaks, Latin in any case) and phrases found
 * nowhere, the indexed search returns exactly the hits of reading every text.
 */
class SearchIndexEquivalenceTest {
    @TempDir
    Path tmp;

    @Test
    void indexedSearchFindsExactlyWhatReadingEveryTextFinds() throws Exception {
        List<String> texts = List.of(SampleReports.text(SampleReports.XIANNING_2023),
                SampleReports.text(SampleReports.HONGHU_2024), SampleReports.text(SampleReports.XIANNING_2024_SUMMARY),
                "GDP增长8% and Gdp per capita; 13.56亿元, 3.5%\n第二行 ABC İstanbul ΣΟΦΙΑ");
        try (Store store = Store.open(tmp.resolve("store"))) {
            for (int i = 0; i < 30; i++) {
                // variants: each text cut differently, so phrases hit some documents and not others
                String base = texts.get(i % texts.size());
                String text = base.substring(0, base.length() * (10 + i % 10) / 20) + "\n编号" + i;
                SearchCorpusFixture.add(store, "r" + i + ".txt", String.valueOf(420100 + (i % 7) * 100),
                        2012 + i % 13, text);
            }
            SearchIndex index = SearchIndex.of(store);
            assertTrue(index.awaitCaughtUp(Duration.ofSeconds(60)));
            assertEquals(30, index.indexedCount());
            CorpusSearch indexed = new CorpusSearch(store, index);
            CorpusSearch scan = new CorpusSearch(store, null);
            int compared = 0;
            for (String phrase : phrases(texts)) {
                for (int limit : new int[]{200, 3}) {
                    assertEquals(scan.search(phrase, limit), indexed.search(phrase, limit),
                            "phrase [" + phrase + "] limit " + limit);
                    compared++;
                }
            }
            assertTrue(compared > 600, "compared " + compared);
        }
    }

    private static Set<String> phrases(List<String> texts) {
        Set<String> phrases = new LinkedHashSet<>(List.of("经济", "8%", "3.5", "GD", "gdp", "GDP", "ABC", "abc",
                "i̇stanbul", "σοφια", "。\n", "编号1", "亿元", "量子计算芯片", "Zhibiao", "年", "，"));
        Random random = new Random(8);
        List<String> all = new ArrayList<>(texts);
        for (int i = 0; i < 400; i++) {
            String t = all.get(random.nextInt(all.size()));
            int length = 1 + random.nextInt(12);
            int start = random.nextInt(Math.max(1, t.length() - length));
            String phrase = t.substring(start, Math.min(t.length(), start + length));
            if (!phrase.isBlank()) {
                phrases.add(phrase);
                // the same phrase with one character changed rarely occurs: tests the "no hit" side
                phrases.add(phrase.substring(0, phrase.length() - 1) + "鑫");
            }
        }
        return phrases;
    }
}
