package io.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {
    private static final List<String> INDICATOR_FIELDS = List.of("code", "name", "measure", "kind", "year", "periodFrom",
            "periodTo", "basis", "scope", "scopeName", "value",
            "unit", "normalizedValue", "normalizedUnit", "qualifier", "low", "high", "stretch", "estimated",
            "qualitative", "start", "end", "sentence", "confidence");

    @Test
    void oneFilePrintsOneObjectWithTheDocumentedFields() throws Exception {
        Path honghu = SampleReports.path(SampleReports.HONGHU_2024);
        CliRunner.Result r = CliRunner.run("extract", honghu.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertTrue(root.isObject());
        assertEquals(List.of("file", "document", "indicators"), fieldNames(root));
        assertEquals(List.of("title", "region", "regionCode", "province", "level", "year", "type", "encoding"),
                fieldNames(root.get("document")));
        assertEquals("洪湖市", root.get("document").get("region").asText());
        assertEquals("湖北省", root.get("document").get("province").asText());
        assertEquals("UTF-8", root.get("document").get("encoding").asText());
        JsonNode first = root.get("indicators").get(0);
        assertEquals(INDICATOR_FIELDS, fieldNames(first));

        // 地区生产总值增长8%、力争9%: a target of 8 and a stretch target of 9, both for 2024.
        String text = Files.readString(honghu);
        boolean target = false;
        boolean stretch = false;
        for (JsonNode i : root.get("indicators")) {
            if ("GDP".equals(i.get("code").asText()) && "growth".equals(i.get("measure").asText())
                    && "target".equals(i.get("kind").asText()) && i.get("year").asInt() == 2024) {
                target |= i.get("value").asDouble() == 8.0 && !i.get("stretch").asBoolean();
                stretch |= i.get("value").asDouble() == 9.0 && i.get("stretch").asBoolean();
                String span = text.substring(i.get("start").asInt(), i.get("end").asInt());
                assertTrue(span.contains(i.get("value").asDouble() == 8.0 ? "8" : "9"), span);
            }
        }
        assertTrue(target && stretch, "GDP target 8 and stretch 9 expected in " + r.out());
    }

    @Test
    void jsonlPrintsOneLinePerFile() throws Exception {
        CliRunner.Result r = CliRunner.run("extract", "--format", "jsonl",
                SampleReports.path(SampleReports.HONGHU_2024).toString(),
                SampleReports.path(SampleReports.XIANNING_2023).toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        Set<String> types = new TreeSet<>();
        for (String line : lines) {
            types.add(new ObjectMapper().readTree(line).get("document").get("type").asText());
        }
        assertEquals(Set.of("work_report"), types);
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersStillPrint(@TempDir Path tmp) throws Exception {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        CliRunner.Result r = CliRunner.run("extract", "--format", "jsonl", empty.toString(),
                SampleReports.path(SampleReports.HONGHU_2024).toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith(empty + ": empty"), r.err());
        assertEquals(1, r.out().lines().count());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
