package io.zhibiao.core.importer;

import io.zhibiao.core.store.StorageFailure;
import io.zhibiao.core.store.StoreException;

/** Thrown on a worker when the store's file failed under one of its calls: the import stops, not just the file. */
final class StoreFailed extends RuntimeException {
    private final transient StorageFailure failure;

    private StoreFailed(StorageFailure failure, StoreException cause) {
        super(failure.reason(), cause);
        this.failure = failure;
    }

    /** The exception to throw for a failed store call: this one when the file failed, else {@code e} itself. */
    static RuntimeException from(StoreException e) {
        return StorageFailure.in(e).<RuntimeException>map(f -> new StoreFailed(f, e)).orElse(e);
    }

    StorageFailure failure() {
        return failure;
    }
}
