package io.zhibiao.ui;

import io.zhibiao.core.store.SchemaUpdate;
import io.zhibiao.core.store.SchemaUpdateListener;

import java.util.function.Consumer;

/**
 * Holds what the store's schema update last said until the toolkit can show it: the store starts opening
 * before JavaFX is up ({@link EarlyStart}), and an update may already be under way when the window can be made.
 */
final class SchemaUpdateRelay implements SchemaUpdateListener {
    private SchemaUpdate last;
    private Consumer<SchemaUpdate> target;

    @Override
    public void updating(SchemaUpdate update) {
        Consumer<SchemaUpdate> t;
        synchronized (this) {
            last = update;
            t = target;
        }
        if (t != null) {
            t.accept(update);
        }
    }

    /** From now on updates go to {@code consumer}; the one said before, if any, goes there at once. */
    void forwardTo(Consumer<SchemaUpdate> consumer) {
        SchemaUpdate said;
        synchronized (this) {
            target = consumer;
            said = last;
        }
        if (said != null) {
            consumer.accept(said);
        }
    }
}
