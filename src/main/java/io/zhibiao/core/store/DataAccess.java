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
}
