package io.zhibiao.core.extract.headline;

import io.zhibiao.core.catalog.CatalogImport;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.pipeline.ReportPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19's measure of teaching: the aliases the development set's misses call for
 * (devset/taught-aliases.csv, written from those misses only) are imported into a store's user catalog as
 * {@code catalog import} does, and both labelled sets are scored with the bundled catalog and with the
 * bundled catalog and the taught layer. The frozen set is scored, never read for errors: only its totals
 * are printed. Teaching must not cost the development set precision or recall.
 */
class TaughtAliasesQualityTest {
    @TempDir
    Path tmp;

    @Test
    void taughtAliasesDoNotLowerTheDevelopmentSetAndAreScoredOnBothSets() throws Exception {
        StoreCatalog catalog = StoreCatalog.beside(tmp.resolve("zhibiao"));
        CatalogImport taught = catalog.importFile(taughtAliases());
        assertTrue(taught.added().isEmpty(), "the taught file only adds aliases to known indicators: " + taught);
        assertTrue(taught.unchanged().isEmpty() && !taught.changed().isEmpty(),
                "every taught row changes its indicator: " + taught.summary());
        for (String code : taught.changed()) {
            CatalogEntry entry = catalog.current().active().byCode(code).orElseThrow();
            for (String alias : entry.aliases()) {
                assertEquals(code, catalog.current().active().lookup(alias).orElseThrow().code(),
                        "the alias " + alias + " names " + code + " in the catalog in force");
            }
        }
        ReportPipeline bundled = ReportPipeline.withBundledData();
        ReportPipeline withTaught = catalog.pipeline();

        HeadlineScore devBefore = HeadlineQualityTest.score("devset", bundled, false);
        HeadlineScore devAfter = HeadlineQualityTest.score("devset", withTaught, true);
        HeadlineScore frozenBefore = HeadlineQualityTest.score("frozen", bundled, false);
        HeadlineScore frozenAfter = HeadlineQualityTest.score("frozen", withTaught, false);
        System.out.println(line("development", "bundled catalog", devBefore));
        System.out.println(line("development", "bundled + taught aliases", devAfter));
        System.out.println(line("frozen", "bundled catalog", frozenBefore));
        System.out.println(line("frozen", "bundled + taught aliases", frozenAfter));

        assertTrue(devAfter.precision() >= devBefore.precision(),
                "taught aliases lowered development precision: " + devBefore + " -> " + devAfter);
        assertTrue(devAfter.recall() >= devBefore.recall(),
                "taught aliases lowered development recall: " + devBefore + " -> " + devAfter);
        assertTrue(devAfter.found > devBefore.found,
                "the taught aliases find none of the development misses they were written from: " + devAfter);
    }

    private static String line(String set, String catalog, HeadlineScore s) {
        return String.format(Locale.ROOT, "taught aliases: %-11s set, %-24s precision %.3f (%d/%d), recall %.3f (%d/%d)",
                set, catalog, s.precision(), s.right, s.taking, s.recall(), s.found, s.labels);
    }

    private static Path taughtAliases() throws URISyntaxException {
        return Path.of(TaughtAliasesQualityTest.class.getResource("/devset/taught-aliases.csv").toURI());
    }
}
