package io.zhibiao.core.extract.number;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumberParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1.57万|15700",
        "3千|3000",
        "2.3亿|230000000",
        "5万亿|5000000000000",
        "71.6亿|7160000000",
        "两百|200",
        "两亿|200000000",
        "一千零五十|1050",
        "一百零五|105",
        "十二|12",
        "十|10",
        "三千五百万|35000000",
        "〇|0",
        "零|0",
        "二〇二四|2024",
        "百分之八|8",
        "百分之三点五|3.5",
        "百分之１２．５|12.5",
        "8.5%|8.5",
        "三点五|3.5",
        "１２．５|12.5",
        "１２３４|1234",
        "1,234.5|1234.5",
        "1,050,000,000|1050000000",
        "４，５６５|4565",
        "壹佰伍拾|150",
        "贰仟零壹拾|2010",
        "二百五|250",
        "一万三|13000",
        "3万4000|34000",
        "负3.9|-3.9",
        "-0.5|-0.5",
        "半|0.5",
        "半百|50",
        "五分之一|0.2",
        "  12  |12",
    })
    void parsesWrittenNumbers(String text, double expected) {
        assertEquals(expected, NumberParser.parse(text), 1e-9 * Math.max(1, Math.abs(expected)));
    }

    @ParameterizedTest(name = "{0} is not a number")
    @ValueSource(strings = {"", "   ", "abc", "万", "一切", "增长8%", "8亿元", "1.2.3", "三四十", "十余万", "百分之", "点五", "%"})
    void rejectsNonNumbers(String text) {
        assertNull(NumberParser.parse(text));
    }

    @Test
    void nullIsNotANumber() {
        assertNull(NumberParser.parse(null));
    }
}
