package io.zhibiao.cli;

import io.zhibiao.core.model.DocumentProfile;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.pipeline.ProcessedReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON contract of the extract command; field names and vocabularies are relied on by other tools. */
final class ExtractionJson {
    private ExtractionJson() {
    }

    static Map<String, Object> of(Path file, ProcessedReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file.toString());
        root.put("document", document(report));
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (IndicatorValue v : report.indicators()) {
            indicators.add(indicator(v));
        }
        root.put("indicators", indicators);
        return root;
    }

    private static Map<String, Object> document(ProcessedReport report) {
        DocumentProfile p = report.profile();
        Region region = p.region() != null ? p.region().value() : null;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("title", p.title());
        d.put("region", region != null ? region.name() : null);
        d.put("regionCode", region != null ? region.code() : null);
        d.put("province", region != null ? region.provinceName() : null);
        d.put("level", region != null ? region.level().id() : null);
        d.put("year", p.year() != null ? p.year().value() : null);
        d.put("type", p.kind() != null && p.kind().value() != null ? p.kind().value().id() : null);
        d.put("encoding", report.raw().encoding());
        return d;
    }

    private static Map<String, Object> indicator(IndicatorValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", v.code());
        m.put("name", v.name());
        m.put("measure", v.measure() != null ? v.measure().id() : null);
        m.put("kind", v.kind() != null ? v.kind().id() : null);
        m.put("year", v.year());
        m.put("periodFrom", v.periodFrom());
        m.put("periodTo", v.periodTo());
        m.put("basis", v.basis().id());
        m.put("scope", v.scope().id());
        m.put("scopeName", v.scopeName());
        m.put("value", v.value());
        m.put("unit", v.unit());
        m.put("normalizedValue", v.normalizedValue());
        m.put("normalizedUnit", v.normalizedUnit());
        m.put("qualifier", v.qualifier() != null ? v.qualifier().id() : null);
        m.put("low", v.low());
        m.put("high", v.high());
        m.put("stretch", v.stretch());
        m.put("estimated", v.estimated());
        m.put("qualitative", v.qualitative());
        m.put("start", v.start());
        m.put("end", v.end());
        m.put("sentence", v.sentence());
        m.put("confidence", v.confidence());
        return m;
    }
}
