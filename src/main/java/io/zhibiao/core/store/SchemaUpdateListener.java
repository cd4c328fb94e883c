package io.zhibiao.core.store;

/** Told, on the opening thread, as an existing store is backed up and brought to a newer schema. */
@FunctionalInterface
public interface SchemaUpdateListener {
    SchemaUpdateListener NONE = update -> { };

    void updating(SchemaUpdate update);
}
