package io.zhibiao.core.store;

/**
 * Where the update of an existing store to a newer schema stands: on a large store it takes minutes (the
 * tables are rewritten), so whoever opens the store can say what it waits for.
 *
 * @param from  the schema version the store had
 * @param to    the version it is brought to
 * @param phase what happens now
 * @param step  the version the migration being applied makes, 0 outside {@link Phase#MIGRATING}
 */
public record SchemaUpdate(int from, int to, Phase phase, int step) {
    public enum Phase {
        /** The copy of the store as it was, taken before anything changes. */
        BACKING_UP,
        /** One migration of {@code from + 1 .. to}. */
        MIGRATING,
        DONE
    }
}
