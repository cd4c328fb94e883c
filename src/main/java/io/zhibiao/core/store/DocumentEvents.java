package io.zhibiao.core.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The store's {@link DocumentListener}s, and the documents of an open transaction, which are announced
 * only after it commits (a rolled-back document must never reach the listeners).
 */
final class DocumentEvents {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentEvents.class);

    /** Where a DAO reports a document it has inserted. */
    interface Sink {
        void stored(long id, String contentHash, String originalText);

        void trashed(long id, boolean inTrash);
    }

    private final List<DocumentListener> listeners = new CopyOnWriteArrayList<>();

    void add(DocumentListener listener) {
        listeners.add(listener);
    }

    void remove(DocumentListener listener) {
        listeners.remove(listener);
    }

    /** For DAOs that commit each call themselves: announce at once. */
    Sink immediate() {
        return new Sink() {
            @Override
            public void stored(long id, String contentHash, String originalText) {
                announce(id, contentHash, originalText);
            }

            @Override
            public void trashed(long id, boolean inTrash) {
                announceTrashed(id, inTrash);
            }
        };
    }

    /** For the DAOs of one transaction: collect, then {@link Pending#announce()} after the commit. */
    Pending pending() {
        return new Pending();
    }

    final class Pending implements Sink {
        private final List<Runnable> events = new ArrayList<>();

        @Override
        public void stored(long id, String contentHash, String originalText) {
            events.add(() -> DocumentEvents.this.announce(id, contentHash, originalText));
        }

        @Override
        public void trashed(long id, boolean inTrash) {
            events.add(() -> announceTrashed(id, inTrash));
        }

        void announce() {
            events.forEach(Runnable::run);
        }
    }

    /**
     * Another process's committed write, on the notice listener's thread: an import and a trashing reach
     * the listeners as this process's own would (the search index of this computer follows), then every
     * change as {@link DocumentListener#changedElsewhere}. Reads what an import's listeners need through
     * {@code store}; a document gone again meanwhile is skipped.
     */
    void announceElsewhere(TeamChange change, DataAccess store) {
        try {
            if (TeamChange.IMPORT.equals(change.kind())) {
                for (long id : change.documentIds()) {
                    store.documents().findById(id).ifPresent(d -> store.documents().loadText(id)
                            .ifPresent(t -> announce(id, d.contentHash(), t.originalText())));
                }
            } else if (TeamChange.TRASH.equals(change.kind()) || TeamChange.UNTRASH.equals(change.kind())) {
                change.documentIds().forEach(id -> announceTrashed(id, TeamChange.TRASH.equals(change.kind())));
            }
        } catch (RuntimeException e) {
            // the server went away meanwhile: the reconnection reads everything again
            LOG.warn("Could not read what another analyst's {} changed: {}", change.kind(), e.toString());
        }
        for (DocumentListener l : listeners) {
            try {
                l.changedElsewhere(change);
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on another analyst's {}: {}", change.kind(), e.toString());
            }
        }
    }

    private void announceTrashed(long id, boolean inTrash) {
        for (DocumentListener l : listeners) {
            try {
                l.documentTrashed(id, inTrash);
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on document {} {} the trash: {}", id, inTrash ? "put in" : "taken out of",
                        e.toString());
            }
        }
    }

    private void announce(long id, String contentHash, String originalText) {
        for (DocumentListener l : listeners) {
            try {
                l.documentStored(id, contentHash, originalText);
            } catch (RuntimeException e) {
                // the document is stored; the listener's own catch-up has to repair what it missed
                LOG.warn("A listener failed on stored document {}: {}", id, e.toString());
            }
        }
    }
}
