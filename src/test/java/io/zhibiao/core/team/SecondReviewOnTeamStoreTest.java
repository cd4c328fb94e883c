package io.zhibiao.core.team;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SecondReviewTest} on PostgreSQL: the lead is the database's owner; each analyst opens a store of
 * their own, logged in as a database role of their own with the grants the README lists, and is named by it.
 */
@ExtendWith(NeedsTeamServer.class)
class SecondReviewOnTeamStoreTest extends SecondReviewTest {
    private String url;
    private final List<String> roles = new ArrayList<>();

    @Override
    Store openLeadStore(Path dir) {
        url = TeamServer.newDatabase();
        return TeamServer.openNewStoreAt(url, dir.resolve("lead"));
    }

    @Override
    Store openAnalystStore(String who) {
        String role = "zb_" + who + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        TeamServer.run(url, "CREATE ROLE " + role + " LOGIN");
        roles.add(role);
        TeamServer.run(url, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
        TeamServer.run(url, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + role);
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.resolve(who).toString());
        return Store.open(StoreAddress.parse(url.replace("user=postgres", "user=" + role)));
    }

    @Override
    void closed() {
        // the database, where the roles' grants were, is dropped
        for (String role : roles) {
            TeamServer.run(TeamServer.url().orElseThrow(), "DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void onlyALeadAssignsAndMarksAndAJoinedRoleMakesOne() {
        assertTrue(lead.isLead(), "the database's owner leads");
        assertFalse(first.isLead());
        TeamException refused = assertThrows(TeamException.class,
                () -> new Assignments(first, firstName(), CLOCK).assign(List.of(f.documentId), firstName()));
        assertTrue(refused.getMessage().contains("Only a lead may assign documents"), refused.getMessage());
        assertThrows(TeamException.class,
                () -> new SecondReview(first, firstName(), CLOCK).mark(List.of(f.documentId), secondName()));
        TeamServer.run(url, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhibiao_lead') "
                + "THEN CREATE ROLE zhibiao_lead; END IF; END $$");
        TeamServer.run(url, "GRANT zhibiao_lead TO " + firstName());
        try {
            assertTrue(first.isLead());
            new Assignments(first, firstName(), CLOCK).assign(List.of(f.documentId), secondName());
        } finally {
            TeamServer.run(url, "REVOKE zhibiao_lead FROM " + firstName());
            // roles belong to the whole server: leave it as it was
            TeamServer.run(url, "DROP ROLE IF EXISTS zhibiao_lead");
        }
    }
}
