package io.zhibiao.core.portable;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.fixture.AnalystWorkSnapshot;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A work file carries every kind of work from a team store to a store file and back, unchanged. */
@ExtendWith(NeedsTeamServer.class)
class TeamStoreWorkTest {
    @TempDir
    Path dir;

    @Test
    void workExportedFromATeamStoreRebuildsTheSameWorkInAStoreFileAndBack() {
        List<Path> reports = PortableFixtures.sampleReports(dir.resolve("reports"));
        Path fromTeam = dir.resolve("team-work.json");
        Path fromFile = dir.resolve("file-work.json");
        Map<String, Object> original;
        try (Store team = withReports(TeamServer.openNewStore(dir.resolve("team")), reports)) {
            PortableFixtures.doEveryKindOfWork(team, PortableFixtures.review(team, "wang.li",
                    Instant.parse("2025-03-01T09:00:00Z")));
            original = AnalystWorkSnapshot.complete(team);
            WorkExportSummary exported = new WorkExporter(team).export(fromTeam, "wang.li", WorkProgress.NONE,
                    () -> false);
            assertEquals(3, exported.documents());
            assertTrue(exported.historyEvents() > 20, exported.toString());
        }
        try (Store file = PortableFixtures.storeWith(dir.resolve("file/zhibiao"), reports)) {
            WorkImportReport report = new WorkImporter(file).importFile(fromTeam, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            assertTrue(report.missing().isEmpty() && report.conflicts().isEmpty(), report.toString());
            assertEquals(original, AnalystWorkSnapshot.complete(file));
            new WorkExporter(file).export(fromFile, "wang.li", WorkProgress.NONE, () -> false);
        }
        try (Store team = withReports(TeamServer.openNewStore(dir.resolve("team2")), reports)) {
            WorkImportReport report = new WorkImporter(team).importFile(fromFile, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            assertTrue(report.missing().isEmpty() && report.conflicts().isEmpty(), report.toString());
            assertEquals(original, AnalystWorkSnapshot.complete(team));
        }
    }

    private static Store withReports(Store store, List<Path> reports) {
        ImportService.withBundledData(store).importPaths(reports, ImportListener.NONE, () -> false);
        return store;
    }
}
