package io.zhibiao.core.extract.catalog;

import io.zhibiao.core.model.Measure;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogCsvTest {
    private static final String HEADER = "code,name_zh,name_en,aliases,category,measures,units\n";

    private static IndicatorCatalog parse(String text) {
        return IndicatorCatalog.parse(new StringReader(text), "my.csv");
    }

    private static String message(String text) {
        return assertThrows(CatalogException.class, () -> parse(text)).getMessage();
    }

    @Test
    void aNameWithACommaAQuoteAndALineBreakSurvivesARoundTrip() throws IOException {
        CatalogEntry tricky = new CatalogEntry("GRAIN_AREA", "粮食播种面积，含\"复种\"", "Grain area, sown \"twice\"\nincluded",
                List.of("粮播面积", "粮食面积,总"), "agri, land", Set.of(Measure.LEVEL, Measure.GROWTH), Set.of("万亩", "亩"));
        StringWriter out = new StringWriter();
        CatalogCsv.writeWhole(List.of(tricky), out);

        IndicatorCatalog back = parse(out.toString());

        CatalogEntry read = back.byCode("GRAIN_AREA").orElseThrow();
        assertEquals(tricky.nameZh(), read.nameZh());
        assertEquals(tricky.nameEn(), read.nameEn());
        assertEquals(tricky.aliases(), read.aliases());
        assertEquals(tricky.category(), read.category());
        assertEquals(tricky.measures(), read.measures());
        assertEquals(List.copyOf(tricky.typicalUnits()), List.copyOf(read.typicalUnits()));
        assertEquals("GRAIN_AREA", back.lookup("粮播面积").orElseThrow().code());
    }

    @Test
    void theBundledCatalogWrittenAndReadBackIsTheSame() throws IOException {
        IndicatorCatalog bundled = IndicatorCatalog.loadDefault();
        StringWriter out = new StringWriter();
        CatalogCsv.writeWhole(bundled.entries(), out);

        IndicatorCatalog back = parse(out.toString());

        assertEquals(bundled.entries(), back.entries());
    }

    @Test
    void anAliasOfTwoIndicatorsIsRefusedNamingBothLines() {
        String m = message(HEADER
                + "A,甲指标,A,甲|共用,x,level,\n"
                + "B,乙指标,B,乙,x,level,\n"
                + "C,丙指标,C,丙|共用,x,level,\n");

        assertTrue(m.contains("共用") && m.contains("my.csv line 2") && m.contains("my.csv line 4")
                && m.contains("A") && m.contains("C"), m);
    }

    @Test
    void anAliasClashesWhateverItsCaseOrWidthAsTheMatcherFoldsThem() {
        String m = message(HEADER + "A,甲指标,A,GDP,x,level,\nB,乙指标,B,ｇｄｐ,x,level,\n");

        assertTrue(m.contains("my.csv line 2") && m.contains("my.csv line 3"), m);
    }

    @Test
    void anAliasThatIsAnotherIndicatorsNameIsAClash() {
        String m = message(HEADER + "A,甲指标,A,,x,level,\nB,乙指标,B,甲指标,x,level,\n");

        assertTrue(m.contains("甲指标") && m.contains("line 2") && m.contains("line 3"), m);
    }

    @Test
    void aCodeGivenTwiceIsRefusedNamingBothLines() {
        String m = message(HEADER + "A,甲指标,A,,x,level,\nB,乙指标,B,,x,level,\nA,丙指标,C,,x,level,\n");

        assertTrue(m.contains("code A") && m.contains("my.csv line 2") && m.contains("my.csv line 4"), m);
    }

    @Test
    void aQuoteNeverClosedIsRefusedWithItsLine() {
        String m = message(HEADER + "A,甲指标,A,,x,level,\nB,\"乙指标,B,,x,level,\n");

        assertTrue(m.startsWith("my.csv line 3") && m.contains("never closed"), m);
    }

    @Test
    void textAfterAClosingQuoteIsRefusedWithItsLine() {
        String m = message(HEADER + "A,甲指标,A,,x,level,\nB,\"乙\"指标,B,,x,level,\n");

        assertTrue(m.startsWith("my.csv line 3"), m);
    }

    @Test
    void aRowWithAColumnMissingIsRefusedWithItsLine() {
        String m = message(HEADER + "A,甲指标,A,,x,level,\n\nB,乙指标,B,,level\n");

        assertTrue(m.startsWith("my.csv line 4") && m.contains("expected 7 columns") && m.contains("found 5"), m);
    }

    @Test
    void aRowAfterAQuotedLineBreakIsNamedByTheLineItStartsOn() {
        String m = message(HEADER + "A,甲指标,\"two\nlines\",,x,level,\nB,乙指标,B,,x,size,\n");

        assertTrue(m.startsWith("my.csv line 4") && m.contains("unknown measure 'size'"), m);
    }

    @Test
    void aMissingNameABadCodeAndAMissingHeaderAreRefused() {
        assertTrue(message(HEADER + "A,,A,,x,level,\n").startsWith("my.csv line 2"));
        assertTrue(message(HEADER + "A B,甲,A,,x,level,\n").contains("code 'A B'"));
        assertTrue(message("A,甲指标,A,,x,level,\n").startsWith("my.csv line 1: expected the header"));
        assertTrue(message("").contains("empty"));
    }

    @Test
    void aByteOrderMarkAndCommentLinesAreAccepted() {
        IndicatorCatalog c = parse("\uFEFF" + HEADER + "# a note\nA,甲指标,A,,x,,\n");

        assertEquals(Set.of(Measure.LEVEL), c.byCode("A").orElseThrow().measures());
    }
}
