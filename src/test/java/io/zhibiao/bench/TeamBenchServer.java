package io.zhibiao.bench;

import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.testing.TeamServer;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The PostgreSQL server of the team-store benchmarks: {@code ZHIBIAO_TEST_POSTGRES}, as for the team-store
 * tests (README, Team store). Without it a benchmark measures nothing, says so in one line, and fails: a
 * round without the server must not look like a round whose team-store figures held.
 */
final class TeamBenchServer {
    private TeamBenchServer() {
    }

    /** Makes the server the tests' one ({@link TeamServer}) or ends the JVM with exit code 1, saying why. */
    static void require(String benchmark) throws IOException {
        String url = System.getenv(TeamServer.VARIABLE);
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            System.out.println(benchmark + " NOT RUN: " + TeamServer.VARIABLE + " is not set. It measures a team "
                    + "store and needs a PostgreSQL server: " + TeamServer.VARIABLE + "='jdbc:postgresql://localhost:"
                    + "PORT/postgres?user=postgres' (README, Team store: .ci/team-postgres.sh starts a private one).");
            System.out.flush();
            System.exit(1);
        }
        System.setProperty(TeamServer.PROPERTY, url);
        // the local files of the team stores (settings, logs) go to a folder of the benchmark's own
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY,
                Files.createTempDirectory("zhibiao-team-bench").toString());
    }
}
