package io.zhibiao.core.store;

import java.nio.file.Path;

/**
 * A store holds something the migrations do not create (a trigger, an alias, a view, a generated column
 * ...), which may run code when the store is opened or written, so it was not opened.
 */
public class UnsafeStoreException extends StoreException {
    private final String finding;

    UnsafeStoreException(Path location, String finding) {
        super("The store at " + location + " " + finding + ", so it was not opened.");
        this.finding = finding;
    }

    /** A team store's schema that is not Zhibiao's; {@code server} as {@link TeamUrl#describe} gives it. */
    UnsafeStoreException(String server, String finding) {
        super("The team store (" + server + ") was not opened: " + finding + ".");
        this.finding = finding;
    }

    /** What was found, as a clause: e.g. {@code contains a trigger (T1 ON INDICATOR) that ...; it may run code}. */
    public String finding() {
        return finding;
    }
}
