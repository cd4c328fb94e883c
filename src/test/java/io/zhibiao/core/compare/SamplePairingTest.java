package io.zhibiao.core.compare;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pairing over what the engine really extracts from the sample reports. */
class SamplePairingTest {
    @TempDir
    Path dir;

    @Test
    void xianningTradeTargetOf2023MeetsTheActualFromThe2024Summary() {
        List<Observation> observations = new ArrayList<>();
        try (Store store = Store.open(dir.resolve("zhibiao"))) {
            ImportService.withBundledData(store).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);
            for (DocumentSummary d : store.documents().listSummaries()) {
                for (StoredIndicator i : store.indicators().findByDocument(d.id())) {
                    observations.add(Observation.of(i, d));
                }
            }
        }
        TargetActualPair trade = TargetActualPairing.pair(observations).stream()
                .filter(p -> p.key().equals(new PairKey("421200", "TRADE", Measure.GROWTH, 2023)))
                .findFirst().orElseThrow();
        assertEquals(10.0, trade.target().value());
        assertEquals(2023, trade.target().documentYear());
        assertEquals(18.0, trade.actual().value());
        assertEquals(Qualifier.GE, trade.actual().qualifier());
        assertEquals(2024, trade.actual().documentYear());
        assertTrue(trade.actual().sentence().contains("进出口"));
        assertEquals(Outcome.MET, trade.outcome());
        assertEquals(8.0, trade.difference(), 1e-9);
    }
}
