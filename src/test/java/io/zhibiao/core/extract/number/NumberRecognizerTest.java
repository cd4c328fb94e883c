package io.zhibiao.core.extract.number;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberRecognizerTest {
    private final NumberRecognizer recognizer = new NumberRecognizer();

    @Test
    void findsMixedNumbersInReportText() {
        List<RecognizedNumber> found = recognizer.numbers("全年地区生产总值1.57万亿元，增长5.5%，固定资产投资71.6亿元，新增就业3千人。");
        assertEquals(List.of("1.57万亿", "5.5", "71.6亿", "3千"), found.stream().map(RecognizedNumber::text).toList());
        assertEquals(1.57e12, found.get(0).value(), 1);
        assertEquals(7.16e9, found.get(2).value(), 1e-3);
        assertEquals(3000, found.get(3).value());
    }

    @Test
    void spansAreExclusiveAndPointAtTheSource() {
        String text = "完成投资１２，３４５万元";
        RecognizedNumber n = recognizer.numbers(text).get(0);
        assertEquals("１２，３４５万", text.substring(n.start(), n.end()));
        assertEquals(123_450_000, n.value());
    }

    @Test
    void wordsWithNumeralsAreNotNumbers() {
        assertTrue(recognizer.numbers("统一部署，一切为了群众，四川的大陆队伍收拾行装").isEmpty());
    }

    @Test
    void separatorsWithSpaceSplitNumbers() {
        assertEquals(List.of(1.0, 234.0, 567.0), recognizer.numbers("1, 234, 567").stream().map(RecognizedNumber::value).toList());
    }

    @Test
    void percentsKeepPercentagePointsApart() {
        List<RecognizedNumber> found = recognizer.percents("增长百分之八，占比达到12.5%，超过九成，提高2个百分点");
        assertEquals(List.of("百分之八", "12.5%", "九成"), found.stream().map(RecognizedNumber::text).toList());
        assertEquals(List.of(8.0, 12.5, 90.0), found.stream().map(RecognizedNumber::value).toList());
    }

    @Test
    void percentagePointsAreFoundSeparately() {
        List<RecognizedNumber> found = recognizer.percentagePoints("占比提高2个百分点，下降零点五个百分点，增长3%");
        assertEquals(List.of("2个百分点", "零点五个百分点"), found.stream().map(RecognizedNumber::text).toList());
        assertEquals(List.of(2.0, 0.5), found.stream().map(RecognizedNumber::value).toList());
    }

    @Test
    void arbitraryInputNeverThrows() {
        String alphabet = "0123456789０１.．,，-－负一二两三十百千万亿零〇点分之又余多几%成折个百分点大于小于到和间以上下 abc第半打e^/";
        java.util.Random random = new java.util.Random(42);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(12);
            for (int c = 0; c < len; c++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            for (RecognizedNumber n : recognizer.numbers(text)) {
                assertEquals(n.text(), text.substring(n.start(), n.end()));
            }
            recognizer.percents(text);
            recognizer.percentagePoints(text);
            recognizer.ranges(text);
            NumberParser.parse(text);
        }
    }

    @Test
    void permilleIsATenthOfAPercent() {
        assertEquals(0.24, recognizer.percents("千分之２．４").get(0).value(), 1e-12);
    }

    @Test
    void rangesCarryBoundsAndOpenness() {
        List<RecognizedRange> found = recognizer.ranges("增速控制在3%以内，投资大于10小于20亿，人口五百万以上");
        assertEquals(List.of("(,3]", "(10,2000000000)", "(5000000,)"), found.stream().map(RecognizedRange::interval).toList());
        assertTrue(found.get(0).percent());
        assertEquals("3%以内", found.get(0).text());
        RecognizedRange between = recognizer.ranges("规模在20和30之间").get(0);
        assertEquals("在20和30之间", between.text());
        assertEquals(20.0, between.low());
        assertEquals(30.0, between.high());
        assertTrue(between.lowInclusive());
    }

    @Test
    void approximateAmountsAreLowerBounds() {
        RecognizedRange r = recognizer.ranges("新增十几万户").get(0);
        assertEquals("十几万", r.text());
        assertEquals("(100000,)", r.interval());
    }

    @Test
    void scansLongTextQuickly() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 2_000_000) {
            sb.append("全市地区生产总值达到1,234.5亿元，比上年增长百分之六点五，其中第二产业增加值三千五百万元，占比约三成。");
        }
        String text = sb.toString();
        recognizer.numbers(text); // warm-up
        long t = System.nanoTime();
        int count = recognizer.numbers(text).size();
        double seconds = (System.nanoTime() - t) / 1e9;
        double mbPerSecond = text.length() * 3 / 1e6 / seconds; // Chinese text is ~3 bytes per char in UTF-8
        assertTrue(count > 0);
        // generous floor: a shared 2-core machine; measured 20-50 MB/s
        assertTrue(mbPerSecond > 5, "throughput " + mbPerSecond + " MB/s");
    }
}
