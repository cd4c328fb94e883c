package io.zhibiao.core.portable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhibiao.core.model.Basis;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.fixture.AnalystWorkSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A work file of format version 1, written before values had a basis, period and scope, still imports in
 * full, and a row it only tagged or noted keeps the basis this store's engine read (贷款净增186亿元 stays an
 * increment).
 */
class WorkFileVersionOneTest {
    private static final Set<String> NEW_IN_VERSION_2 = Set.of("basis", "periodFrom", "periodTo", "scope", "scopeName");

    @TempDir
    Path dir;

    @Test
    void aVersionOneFileImportsAndLeavesWhatItCannotSayAlone() throws Exception {
        List<Path> reports = PortableFixtures.sampleReports(dir.resolve("reports"));
        Path file = dir.resolve("work.json");
        Map<String, Object> original;
        try (Store a = PortableFixtures.storeWith(dir.resolve("a/zhibiao"), reports)) {
            PortableFixtures.doEveryKindOfWork(a, PortableFixtures.review(a, "wang.li",
                    Instant.parse("2025-03-01T09:00:00Z")));
            new WorkExporter(a).export(file, "wang.li", WorkProgress.NONE, () -> false);
            original = AnalystWorkSnapshot.complete(a);
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file.toFile());
        assertEquals(WorkFile.VERSION, root.get("version").asInt());
        root.put("version", 1);
        int removed = asVersionOne(root);
        assertTrue(removed > 0, "the file had version 2 fields to take out");
        Path old = dir.resolve("version-1.json");
        json.writeValue(old.toFile(), root);

        try (Store b = PortableFixtures.storeWith(dir.resolve("b/zhibiao"), reports)) {
            WorkImportReport report = new WorkImporter(b).importFile(old, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            assertTrue(report.missing().isEmpty() && report.conflicts().isEmpty(), report.toString());
            assertEquals(original, AnalystWorkSnapshot.complete(b));
            assertTrue(b.documents().listSummaries().stream()
                    .flatMap(d -> b.indicators().findByDocument(d.id()).stream())
                    .anyMatch(i -> i.value().basis() == Basis.INCREMENT && "重点".equals(tagOf(b, i.id()))),
                    "the tagged increment keeps its basis");
        }
    }

    private static String tagOf(Store store, long indicatorId) {
        return store.tags().tagsOf(indicatorId).stream().map(t -> t.name()).findFirst().orElse(null);
    }

    /**
     * Takes out of every value what version 2 added. (The history of an added indicator keeps its lines about the
     * new fields: history is text to a reader, and a version 1 file simply had fewer lines.)
     */
    private static int asVersionOne(JsonNode node) {
        int removed = 0;
        if (node instanceof ObjectNode o) {
            for (String f : NEW_IN_VERSION_2) {
                if (o.remove(f) != null) {
                    removed++;
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            while (fields.hasNext()) {
                removed += asVersionOne(fields.next().getValue());
            }
        } else if (node instanceof ArrayNode a) {
            for (JsonNode item : a) {
                removed += asVersionOne(item);
            }
        }
        return removed;
    }
}
