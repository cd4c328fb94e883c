package io.zhibiao.core.store;

/**
 * The DAOs of the store. {@link Store} hands out DAOs that use one short connection per call; inside
 * {@link Store#inTransaction} the DAOs share the transaction's connection and must stay on that thread.
 */
public interface DataAccess {
    DocumentDao documents();

    IndicatorDao indicators();

    RegionDao regions();

    TagDao tags();

    AuditDao audit();

    /**
     * Tells the other processes of a team store which documents this work changed, in the surrounding
     * transaction if there is one (delivered on its commit); nothing on a store file.
     */
    void announce(TeamChange change);
}
