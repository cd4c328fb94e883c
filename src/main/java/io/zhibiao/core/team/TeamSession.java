package io.zhibiao.core.team;

import io.zhibiao.core.review.ReviewAction;
import io.zhibiao.core.store.DataAccess;
import io.zhibiao.core.store.Store;

import java.time.Clock;
import java.util.Objects;

/**
 * Whose team actions these are: the store, the name the analyst's changes are recorded under
 * ({@link Store#analyst}) and the clock that dates them.
 */
record TeamSession(Store store, String analyst, Clock clock) {
    TeamSession {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(clock, "clock");
    }

    /** @throws TeamException unless the analyst leads the team (see {@link Store#isLead}) */
    void requireLead(String what) {
        if (!store.isLead()) {
            throw new TeamException("Only a lead may " + what + ": " + store.user().orElse("this user")
                    + " is not a member of the database role zhibiao_lead.");
        }
    }

    /** The audit of one action of this analyst, now, inside {@code tx}. */
    TeamAudit audit(DataAccess tx, ReviewAction action) {
        return new TeamAudit(tx, analyst, clock.instant(), action);
    }
}
