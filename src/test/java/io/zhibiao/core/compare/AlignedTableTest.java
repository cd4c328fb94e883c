package io.zhibiao.core.compare;

import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlignedTableTest {
    private static final IndicatorCatalog CATALOG = IndicatorCatalog.loadDefault();

    @Test
    void rowsFollowTheCatalogOrderWhateverOrderThePanesListThem() {
        List<AlignedTable.Row> rows = AlignedTable.build(List.of(
                new AlignedTable.Column("咸宁市 2024", List.of(value("TERTIARY_VA", 7.0), value("GDP", 6.0))),
                new AlignedTable.Column("黄石市 2024", List.of(value("SECONDARY_VA", 8.0), value("GDP", 6.5)))),
                CATALOG);

        assertThat(rows).extracting(r -> r.key().code()).containsExactly("GDP", "SECONDARY_VA", "TERTIARY_VA");
        assertThat(rows.get(0).cells()).containsExactly("≈6%", "≈6.5%");
        assertThat(rows.get(0).differs()).isTrue();
        assertThat(rows.get(1).cells()).containsExactly("", "≈8%");
        assertThat(CATALOG.position("GDP")).isLessThan(CATALOG.position("SECONDARY_VA"));
        assertThat(CATALOG.position("NOT_IN_CATALOG")).isEqualTo(-1);
    }

    @Test
    void codesOutsideTheCatalogKeepARowEachAfterTheCatalogOnes() {
        List<AlignedTable.Row> rows = AlignedTable.build(List.of(
                new AlignedTable.Column("咸宁市 2024", List.of(value("LOCAL_B", 3.0), value("LOCAL_A", 2.0),
                        value("GDP", 6.0)))), CATALOG);

        assertThat(rows).extracting(r -> r.key().code()).containsExactly("GDP", "LOCAL_A", "LOCAL_B");
        assertThat(rows).extracting(r -> r.cells().get(0)).containsExactly("≈6%", "≈2%", "≈3%");
    }

    private static IndicatorValue value(String code, double growth) {
        return new IndicatorValue(code, code, Measure.GROWTH, ValueKind.TARGET, 2024, growth, "%", growth, "%",
                Qualifier.APPROX, null, null, false, false, false, 0, 1, "", 0.9);
    }
}
