package io.zhibiao.core.portable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.store.IndicatorOrigin;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.fixture.AnalystWorkSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkMissingAndFallbackTest {
    @TempDir
    Path dir;

    private Map<String, Object> exportWork(List<Path> reports, Path file) {
        try (Store a = PortableFixtures.storeWith(dir.resolve("a/zhibiao"), reports)) {
            PortableFixtures.doEveryKindOfWork(a, PortableFixtures.review(a, "wang.li",
                    Instant.parse("2025-03-01T09:00:00Z")));
            new WorkExporter(a).export(file, "wang.li", WorkProgress.NONE, () -> false);
            return AnalystWorkSnapshot.complete(a);
        }
    }

    @Test
    void documentsNotInTheStoreAreReportedAndCompletedByAnImportLater() {
        List<Path> reports = PortableFixtures.sampleReports(dir.resolve("reports"));
        Path file = dir.resolve("work.json");
        Map<String, Object> original = exportWork(reports, file);
        try (Store b = PortableFixtures.storeWith(dir.resolve("b/zhibiao"), reports.subList(0, 1))) {
            WorkImportReport partial = new WorkImporter(b).importFile(file, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            assertEquals(1, partial.documentsMatched());
            assertEquals(2, partial.missing().size());
            assertEquals("2 documents of the file are not in this store; import their reports first.",
                    partial.missingMessage());
            assertTrue(partial.missing().stream().allMatch(m -> m.fileName() != null && m.contentHash().length() == 64));

            ImportService.withBundledData(b).importPaths(reports.subList(1, 3), ImportListener.NONE, () -> false);
            WorkImportReport rest = new WorkImporter(b).importFile(file, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            assertTrue(rest.missing().isEmpty() && rest.conflicts().isEmpty(), rest.toString());
            assertEquals(original, AnalystWorkSnapshot.complete(b));
        }
    }

    @Test
    void workOnAnIndicatorThisStoresEngineDidNotFindIsKeptAsAnAddedIndicator() throws Exception {
        List<Path> reports = PortableFixtures.sampleReports(dir.resolve("reports"));
        Path file = dir.resolve("work.json");
        exportWork(reports, file);
        // As if the exporting engine had read one more indicator, at a span this store's engine finds nothing.
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file.toFile());
        ArrayNode indicators = (ArrayNode) root.get("documents").get(0).get("indicators");
        ObjectNode moved = (ObjectNode) indicators.get(0);
        String movedIn = root.get("documents").get(0).get("contentHash").asText();
        ((ObjectNode) moved.get("value")).put("start", 3).put("end", 5);
        moved.remove("engine");
        Path edited = dir.resolve("edited.json");
        json.writeValue(edited.toFile(), root);

        try (Store b = PortableFixtures.storeWith(dir.resolve("b/zhibiao"), reports)) {
            WorkImportReport report = new WorkImporter(b).importFile(edited, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            assertEquals(1, report.keptAsAdded().size(), report.toString());
            assertTrue(report.keptAsAdded().get(0).contains("@3-5"), report.keptAsAdded().get(0));
            // the file lists documents in the exporting store's order: find the edited one by its hash
            long docId = b.documents().findByHash(movedIn).orElseThrow().id();
            StoredIndicator added = b.indicators().findByDocument(docId, true).stream()
                    .filter(i -> i.value().start() == 3).findFirst().orElseThrow();
            assertEquals(IndicatorOrigin.ANALYST, added.origin());
            assertEquals("wang.li", added.updatedBy());
            assertTrue(b.audit().listByEntity("indicator", added.id()).size() > 0, "its history came along");
            WorkImportReport again = new WorkImporter(b).importFile(edited, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            assertTrue(again.changedNothing() && again.keptAsAdded().isEmpty(), "not added twice: " + again);
        }
    }
}
