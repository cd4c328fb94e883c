package io.zhibiao.core.store;

import java.util.List;

/** A copy into a store that already holds documents, work or history: it would mix two stores' ids. */
public class StoreNotEmptyException extends StoreException {
    public StoreNotEmptyException(String target, List<String> filled) {
        super("The store " + target + " is not empty (it holds " + String.join(", ", filled) + " rows), so "
                + "nothing was copied into it: a store moves only into a new, empty one. Create an empty database "
                + "for it (createdb), or carry the work over with work export and work import instead.");
    }
}
