package io.zhibiao.core.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** What --db names, and whose login a team store is opened with; no server needed. */
class StoreAddressTest {
    @Test
    void aPathIsAStoreFileAndAPostgresUrlATeamStoreWithItsOptionsKept() {
        StoreAddress file = StoreAddress.parse("team/zhibiao.mv.db");
        assertFalse(file.isTeam());
        assertEquals(Path.of("team/zhibiao").toAbsolutePath().normalize(), file.location());

        StoreAddress team = StoreAddress.parse("jdbc:postgresql://db.example.org/zhibiao?sslmode=verify-full&user=li");
        TeamUrl url = team.server().orElseThrow();
        assertEquals("db.example.org", url.host());
        assertEquals(5432, url.port());
        assertEquals("zhibiao", url.database());
        assertEquals("jdbc:postgresql://db.example.org/zhibiao?sslmode=verify-full&user=li", url.url(),
                "sslmode and the other options go to the driver as given");
    }

    @Test
    void otherUrlsAndAPasswordInTheUrlAreRefusedInWords() {
        for (String other : new String[] {"jdbc:mysql://host/db", "http://host/store"}) {
            StoreException e = assertThrows(StoreException.class, () -> StoreAddress.parse(other));
            assertTrue(e.getMessage().contains("is not the path of a store")
                    && e.getMessage().contains("jdbc:postgresql://host:port/database"), e.getMessage());
        }
        StoreException e = assertThrows(StoreException.class,
                () -> StoreAddress.parse("jdbc:postgresql://host/db?user=li&password=s3cret"));
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertTrue(e.getMessage().contains("PGPASSWORD") && e.getMessage().contains(".pgpass"), e.getMessage());
        assertThrows(StoreException.class, () -> StoreAddress.parse("jdbc:postgresql://host/"));
        assertThrows(StoreException.class, () -> StoreAddress.parse("jdbc:postgresql:db"));
    }

    @Test
    void theUserComesFromTheUrlElsePguserElseTheLoginAndThePasswordFromPgpasswordOnly() {
        TeamUrl withUser = TeamUrl.parse("jdbc:postgresql://h/db?user=wang");
        TeamUrl without = TeamUrl.parse("jdbc:postgresql://h/db");
        assertEquals("wang", TeamLogin.of(withUser, Map.of("PGUSER", "li"), "os").user());
        assertEquals("li", TeamLogin.of(without, Map.of("PGUSER", "li"), "os").user());
        assertEquals("os", TeamLogin.of(without, Map.of(), "os").user());
        assertEquals("PGPASSWORD", TeamLogin.of(without, Map.of("PGPASSWORD", "x"), "os").passwordSource());
        assertEquals("~/.pgpass or the file PGPASSFILE names", TeamLogin.of(without, Map.of(), "os").passwordSource());
    }
}
