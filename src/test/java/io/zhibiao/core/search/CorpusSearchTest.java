package io.zhibiao.core.search;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusSearchTest {
    @TempDir
    Path tmp;
    private Store store;
    private CorpusSearch search;

    @BeforeEach
    void open() {
        store = Store.open(tmp.resolve("store"));
        search = new CorpusSearch(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void findsThePhraseAtItsOffsetInTheOriginalText() throws Exception {
        String text = SampleReports.text(SampleReports.XIANNING_2023);
        long id = SearchCorpusFixture.add(store, "xianning.txt", "421200", 2023, text);
        String phrase = "地区生产总值增长7.5%";

        List<SearchHit> hits = search.search(phrase, 50);

        assertEquals(1, hits.size());
        SearchHit hit = hits.get(0);
        assertEquals(id, hit.documentId());
        assertEquals("421200", hit.regionCode());
        assertEquals(2023, hit.year());
        assertEquals(text.indexOf(phrase), hit.offset());
        assertEquals(phrase, text.substring(hit.offset(), hit.offset() + phrase.length()));
        assertEquals(phrase, hit.snippet().substring(hit.phraseStartInSnippet(),
                hit.phraseStartInSnippet() + phrase.length()));
        assertEquals(phrase.length() + 2 * SearchHit.CONTEXT, hit.snippet().length());
    }

    @Test
    void latinMatchesAnyCaseAndChineseExactly() {
        long id = SearchCorpusFixture.add(store, "a.txt", "421200", 2024, "确保PM2.5平均浓度持续下降,pm2.5再降");

        SearchHit hit = search.search("pm2.5", 10).get(0);

        assertEquals(id, hit.documentId());
        assertEquals(2, hit.offset());
        assertEquals(2, hit.hitsInDocument());
        assertEquals(1, search.search("平均浓度", 10).size());
        assertTrue(search.search("平均浓渡", 10).isEmpty());
    }

    @Test
    void percentAndUnderscoreAreLiteral() {
        long percent = SearchCorpusFixture.add(store, "p.txt", "421200", 2024, "地区生产总值增长8%左右");
        SearchCorpusFixture.add(store, "q.txt", "421200", 2023, "地区生产总值增长8个百分点左右");
        long underscore = SearchCorpusFixture.add(store, "u.txt", "421083", 2024, "字段 gdp_growth 的值");
        SearchCorpusFixture.add(store, "v.txt", "421083", 2023, "字段 gdpxgrowth 的值");

        assertEquals(List.of(percent), ids(search.search("8%左", 10)));
        assertEquals(List.of(underscore), ids(search.search("gdp_growth", 10)));
        assertTrue(search.search("%", 10).stream().allMatch(h -> h.documentId() == percent));
    }

    @Test
    void ordersByRegionThenNewestYearAndRespectsTheLimit() {
        long hh2023 = SearchCorpusFixture.add(store, "1.txt", "421083", 2023, "稳就业 2023");
        long xn2022 = SearchCorpusFixture.add(store, "2.txt", "421200", 2022, "稳就业 2022");
        long hh2024 = SearchCorpusFixture.add(store, "3.txt", "421083", 2024, "稳就业 2024");
        long xn2024 = SearchCorpusFixture.add(store, "4.txt", "421200", 2024, "稳就业 2024 xn");
        long unknown = SearchCorpusFixture.add(store, "5.txt", null, null, "稳就业 ?");
        SearchCorpusFixture.add(store, "6.txt", "421200", 2021, "保民生");

        assertEquals(List.of(hh2024, hh2023, xn2024, xn2022, unknown), ids(search.search("稳就业", 100)));
        assertEquals(List.of(hh2024, hh2023), ids(search.search("稳就业", 2)));
    }

    @Test
    void snippetShowsLineBreaksAsSpacesAndCountsHits() {
        SearchCorpusFixture.add(store, "n.txt", "421200", 2024, "一、工作回顾\n招商引资\r\n再抓招商引资,招商引资");

        SearchHit hit = search.search("招商引资", 10).get(0);

        assertEquals(7, hit.offset());
        assertEquals("一、工作回顾 招商引资  再抓招商引资,招商引资", hit.snippet());
        assertEquals(3, hit.hitsInDocument());
        assertEquals(7, hit.phraseStartInSnippet());
    }

    @Test
    void blankOrUnknownPhrasesFindNothing() {
        SearchCorpusFixture.add(store, "a.txt", "421200", 2024, "地区生产总值增长6%");

        assertTrue(search.search("", 10).isEmpty());
        assertTrue(search.search("   ", 10).isEmpty());
        assertTrue(search.search(null, 10).isEmpty());
        assertTrue(search.search("粮食产量", 10).isEmpty());
        assertEquals(1, search.search(" 增长6% ", 10).size());
        assertThrows(IllegalArgumentException.class, () -> search.search("增长", 0));
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::documentId).toList();
    }
}
