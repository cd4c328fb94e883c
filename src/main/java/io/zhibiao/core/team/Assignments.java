package io.zhibiao.core.team;

import io.zhibiao.core.model.Assignment;
import io.zhibiao.core.review.ReviewAction;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.TeamDao;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who reviews which document. A lead assigns (on a store file, which has one analyst, anyone does); every
 * change is written with its audit event ("assigned_to": the analyst before and after).
 */
public final class Assignments {
    static final String FIELD = "assigned_to";
    private final TeamSession session;

    /** @param analyst the name this session's changes are recorded under ({@link Store#analyst}) */
    public Assignments(Store store, String analyst, Clock clock) {
        this.session = new TeamSession(store, analyst, clock);
    }

    /**
     * Assigns the documents to {@code to} as one step; returns how many changed hands.
     *
     * @throws TeamException if the analyst does not lead the team, or {@code to} is blank or too long
     */
    public int assign(Collection<Long> documentIds, String to) {
        String name = to == null ? "" : to.strip();
        if (name.isEmpty()) {
            throw new TeamException("Name the analyst the documents are assigned to.");
        }
        if (name.length() > 100) {
            throw new TeamException("An analyst's name is at most 100 characters long.");
        }
        return change(documentIds, name);
    }

    /** Takes the documents back from whoever has them; returns how many had an analyst. */
    public int unassign(Collection<Long> documentIds) {
        return change(documentIds, null);
    }

    private int change(Collection<Long> documentIds, String to) {
        session.requireLead("assign documents");
        List<Long> ids = List.copyOf(new LinkedHashSet<>(documentIds));
        return session.store().inTransaction(tx -> {
            TeamDao team = TeamDao.of(tx);
            TeamAudit audit = session.audit(tx, ReviewAction.ASSIGN);
            int changed = 0;
            for (long id : ids) {
                if (tx.documents().findById(id).isEmpty()) {
                    throw new TeamException("Document " + id + " does not exist.");
                }
                String before = team.assignment(id).map(Assignment::analyst).orElse(null);
                if (Objects.equals(before, to)) {
                    continue;
                }
                if (to == null) {
                    team.unassign(id);
                } else {
                    team.assign(new Assignment(id, to, session.analyst(), session.clock().instant()));
                }
                audit.document(id, FIELD, before, to);
                changed++;
            }
            return changed;
        });
    }

    public Optional<Assignment> of(long documentId) {
        return TeamDao.of(session.store()).assignment(documentId);
    }

    /** The documents assigned to this session's analyst: the "My documents" filter. */
    public List<Long> mine() {
        return TeamDao.of(session.store()).assignedTo(session.analyst());
    }

    /** How many documents each analyst has, by name. */
    public Map<String, Integer> counts() {
        return TeamDao.of(session.store()).countsPerAnalyst();
    }
}
