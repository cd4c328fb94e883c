package io.zhibiao.bench;

import io.zhibiao.core.corpusview.CorpusTreeBuilder;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoreCopy;
import io.zhibiao.testing.TeamServer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The corpus tree of 10,000 documents on a team store (issue 21: under 300 ms over PostgreSQL). The documents
 * are bench-ui-10k's generated store ({@link UiBenchmark#cachedStore}), moved into the database
 * {@code zhibiao_bench_tree_<count>} on the server by {@link StoreCopy} (batched inserts in one transaction,
 * as {@code migrate} does); the database is kept and reused while it holds the same number of documents.
 * <pre>ZHIBIAO_TEST_POSTGRES=... mvn -Pbench org.codehaus.mojo:exec-maven-plugin:3.5.0:exec@bench-team-tree</pre>
 * The same two are printed for the store file it came from, measured just before, for comparison.
 * Limits: {@code limit:tree-ms} (list and tree, median), {@code limit:list-ms} (the query alone).
 */
public final class TeamTreeBenchmark {
    private TeamTreeBenchmark() {
    }

    public static void main(String[] all) throws Exception {
        List<String> args = new ArrayList<>();
        Limits limits = Limits.from(all, args);
        int count = args.isEmpty() ? 10_000 : Integer.parseInt(args.get(0));
        int runs = args.size() < 2 ? 7 : Integer.parseInt(args.get(1));
        TeamBenchServer.require("team tree benchmark");
        Path h2 = UiBenchmark.cachedStore(count);
        String url = TeamServer.keptDatabase("zhibiao_bench_tree_" + count);
        try (Store team = Store.open(StoreAddress.parse(url))) {
            fill(h2, team);
            Map<String, Region> regions = team.regions().findAll().stream()
                    .collect(Collectors.toMap(Region::code, r -> r, (a, b) -> a, LinkedHashMap::new));
            int documents = team.documents().listSummaries().size();
            System.out.printf("team tree benchmark: %d documents on %s, %d runs%n", documents, team.describe(), runs);
            // five warm-ups: the tree's code is compiled before either store is timed; the store file first,
            // in the same minutes, to show what the server adds
            ActionTimer timer = new ActionTimer(5, runs);
            CorpusTreeBuilder tree = new CorpusTreeBuilder(regions);
            try (Store file = Store.open(h2)) {
                System.out.println("  " + timer.measure("list documents + corpus tree (the store file)",
                        () -> tree.build(file.documents().listSummaries(), "")));
                System.out.println("  " + timer.measure("list documents (query only, the store file)",
                        () -> file.documents().listSummaries()));
            }
            ActionTimer.Result both = timer.measure("list documents + corpus tree (PostgreSQL)",
                    () -> tree.build(team.documents().listSummaries(), ""));
            ActionTimer.Result list = timer.measure("list documents (query only, PostgreSQL)",
                    () -> team.documents().listSummaries());
            System.out.println("  " + both);
            System.out.println("  " + list);
            limits.atMost("tree-ms", "list and corpus tree of " + documents + " documents on PostgreSQL, median",
                    both.medianMs(), "ms");
            limits.atMost("list-ms", "the list query alone on PostgreSQL, median", list.medianMs(), "ms");
        }
        limits.finish("team tree benchmark");
    }

    /** Moves the generated store in, unless the database holds it already from an earlier run. */
    private static void fill(Path h2, Store team) {
        try (Store source = Store.open(h2)) {
            Map<String, Long> there = StoreCopy.contentRows(team);
            if (there.equals(StoreCopy.contentRows(source))) {
                System.out.println("  the team store holds the generated store already (cached database)");
                return;
            }
            if (there.values().stream().anyMatch(n -> n > 0)) {
                throw new IllegalStateException("the database " + team.describe() + " holds another store; drop it "
                        + "(dropdb) and run again");
            }
            long t0 = System.nanoTime();
            StoreCopy.Result copied = StoreCopy.copy(source, team, StoreCopy.Progress.NONE, () -> false);
            System.out.printf("  moved %d rows into the team store in %.1f s (StoreCopy, one transaction)%n",
                    copied.total(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
