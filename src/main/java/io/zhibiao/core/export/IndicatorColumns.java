package io.zhibiao.core.export;

import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.RegionLevel;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.StoredIndicator;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/** The columns of the Indicators table, shared by the workbook sheet and the CSV file. */
final class IndicatorColumns {
    static final List<String> HEADER_KEYS = List.of("col.province", "col.prefecture", "col.region",
            "col.regionCode", "col.level", "col.reportYear", "col.documentKind", "col.documentTitle", "col.code",
            "col.nameZh", "col.nameEn", "col.statedName", "col.measure", "col.kind", "col.year", "col.basis",
            "col.periodFrom", "col.periodTo", "col.scope", "col.scopeName", "col.value",
            "col.unit", "col.normalizedValue", "col.normalizedUnit", "col.qualifierSymbol", "col.qualifierWords",
            "col.low", "col.high", "col.stretch", "col.estimated", "col.status", "col.tags", "col.note",
            "col.sentence", "col.updatedBy", "col.updatedAt", "col.indicatorId", "col.documentId");
    /** Column of the value, where the source sentence comment goes. */
    static final int VALUE_COLUMN = HEADER_KEYS.indexOf("col.value");
    /** The columns a printout keeps: where a figure is from, what it is, the figure and its sentence. */
    private static final List<String> PRINTED_KEYS = List.of("col.region", "col.reportYear", "col.measure",
            "col.kind", "col.year", "col.value", "col.unit", "col.qualifierSymbol", "col.status", "col.sentence");

    private final Labels labels;
    private final IndicatorCatalog catalog;
    private final ZoneId zone;

    IndicatorColumns(Labels labels, IndicatorCatalog catalog, ZoneId zone) {
        this.labels = labels;
        this.catalog = catalog;
        this.zone = zone;
    }

    /** The printed columns, with the indicator's name in the export's language. */
    Set<Integer> printed() {
        Set<Integer> columns = new HashSet<>();
        PRINTED_KEYS.forEach(k -> columns.add(HEADER_KEYS.indexOf(k)));
        columns.add(HEADER_KEYS.indexOf(labels.chinese() ? "col.nameZh" : "col.nameEn"));
        return columns;
    }

    List<String> headers() {
        return HEADER_KEYS.stream().map(labels::get).toList();
    }

    List<ExportCell> cells(IndicatorRecord r) {
        DocumentSummary d = r.document();
        Region region = r.region();
        StoredIndicator s = r.indicator();
        IndicatorValue v = s.value();
        CatalogEntry entry = v.code() == null ? null : catalog.byCode(v.code()).orElse(null);
        String valueFormat = NumberFormats.forValue(v.measure(), v.unit(), v.value());
        List<ExportCell> c = new ArrayList<>(HEADER_KEYS.size());
        c.add(ExportCell.text(region == null ? null : region.provinceName()));
        c.add(ExportCell.text(region == null || region.level() == RegionLevel.PROVINCE ? null
                : region.prefectureName()));
        c.add(ExportCell.text(region != null ? region.name() : d.regionName()));
        c.add(ExportCell.text(d.effectiveRegionCode()));
        c.add(ExportCell.text(region == null ? null : labels.level(region.level())));
        c.add(ExportCell.integer(d.effectiveYear()));
        c.add(ExportCell.text(labels.documentKind(d.effectiveKind())));
        c.add(ExportCell.text(d.title() != null ? d.title() : d.fileName()));
        c.add(ExportCell.text(v.code()));
        c.add(ExportCell.text(entry == null ? null : entry.nameZh()));
        c.add(ExportCell.text(entry == null ? null : entry.nameEn()));
        c.add(ExportCell.text(v.name()));
        c.add(ExportCell.text(labels.measure(v.measure())));
        c.add(ExportCell.text(labels.kind(v.kind())));
        c.add(ExportCell.integer(v.year()));
        c.add(ExportCell.text(labels.basis(v.basis())));
        c.add(ExportCell.integer(v.periodFrom()));
        c.add(ExportCell.integer(v.periodTo()));
        c.add(ExportCell.text(labels.scope(v.scope())));
        c.add(ExportCell.text(v.scopeName()));
        c.add(ExportCell.number(v.value(), valueFormat));
        c.add(ExportCell.text(v.unit()));
        c.add(ExportCell.number(v.normalizedValue(),
                NumberFormats.forValue(v.measure(), v.normalizedUnit(), v.normalizedValue())));
        c.add(ExportCell.text(v.normalizedUnit()));
        // an exact value needs no symbol, and a bare "=" would only trip spreadsheet users
        c.add(ExportCell.text(v.qualifier() == null || v.qualifier() == Qualifier.EQ ? null : v.qualifier().symbol()));
        c.add(ExportCell.text(labels.qualifier(v.qualifier())));
        c.add(ExportCell.number(v.low(), valueFormat));
        c.add(ExportCell.number(v.high(), valueFormat));
        c.add(ExportCell.text(labels.yesNo(v.stretch())));
        c.add(ExportCell.text(labels.yesNo(v.estimated())));
        c.add(ExportCell.text(labels.status(s.status())));
        c.add(ExportCell.text(r.tags().isEmpty() ? null : String.join(", ", r.tags())));
        c.add(ExportCell.longText(s.note()));
        c.add(ExportCell.longText(v.sentence()));
        c.add(ExportCell.text(s.updatedBy()));
        c.add(ExportCell.dateTime(s.updatedAt() == null ? null : LocalDateTime.ofInstant(s.updatedAt(), zone)));
        c.add(ExportCell.integer(s.id()));
        c.add(ExportCell.integer(d.id()));
        return c;
    }
}
