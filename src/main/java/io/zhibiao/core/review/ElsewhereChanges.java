package io.zhibiao.core.review;

import io.zhibiao.core.store.DocumentListener;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.TeamChange;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Turns another analyst's committed write on a team store into a {@link ReviewChange}, so that the panes, the
 * corpus tree and the compare table follow it by the path that follows this session's own changes. It names
 * documents, not indicators: a view reads the document again and keeps the analyst's selection.
 */
final class ElsewhereChanges implements DocumentListener {
    private final Store store;
    private final Consumer<ReviewChange> fire;

    ElsewhereChanges(Store store, Consumer<ReviewChange> fire) {
        this.store = store;
        this.fire = fire;
    }

    @Override
    public void documentStored(long documentId, String contentHash, String originalText) {
        // this process's own imports: the import's own progress refreshes the views
    }

    @Override
    public void changedElsewhere(TeamChange change) {
        if (TeamChange.CATALOG.equals(change.kind())) {
            // no row changed: whatever shows the catalog reads it again; re-extraction announces its own rows
            fire.accept(new ReviewChange(ReviewAction.CATALOG_ELSEWHERE, Set.of(), Set.of()));
            return;
        }
        if (change.everything()) {
            // notices missed while the connection was away may have been a catalog change too
            fire.accept(new ReviewChange(ReviewAction.CATALOG_ELSEWHERE, Set.of(), Set.of()));
        }
        Set<Long> documents = change.everything()
                ? store.documents().listSummaries().stream().map(DocumentSummary::id).collect(Collectors.toSet())
                : change.documentIds();
        fire.accept(new ReviewChange(ReviewAction.ELSEWHERE, documents, Set.of(), change.trashedIds()));
    }
}
